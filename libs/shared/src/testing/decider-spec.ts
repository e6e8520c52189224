import { DomainError, Decision } from '../domain-error';

/**
 * Given/when/then for pure deciders: given past events, when a command is decided,
 * then expect new events or a domain error. Nothing is mocked: state comes only from evolve.
 */
export function deciderSpec<C, E, S>(decider: {
  decide: (command: C, state: S) => Decision<E>;
  evolve: (state: S, event: E) => S;
  initialState: () => S;
}) {
  return {
    given(events: readonly E[]) {
      return {
        when(command: C) {
          const state = events.reduce(decider.evolve, decider.initialState());
          const result = decider.decide(command, state);
          return {
            then(expected: readonly E[]) {
              if (result instanceof DomainError) throw new Error(`expected events, got ${result.code}: ${result.message}`);
              expect(result).toEqual(expected);
            },
            thenError(code: string, details?: Record<string, unknown>) {
              if (!(result instanceof DomainError)) throw new Error(`expected ${code}, got events ${JSON.stringify(result)}`);
              expect(result.code).toBe(code);
              if (details) expect(result.details).toMatchObject(details);
            },
          };
        },
      };
    },
  };
}
