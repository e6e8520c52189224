/**
 * What kind of "no" a domain rule gave. The HTTP layer maps each kind to one status; the domain
 * never names a status itself.
 *  - `invalid`: the request is malformed or names something that cannot exist (400)
 *  - `forbidden`: this actor may not do this here (403)
 *  - `not_found`: the thing named does not exist (404)
 *  - `conflict`: the thing is not in a state that allows this now (409)
 *  - `unprocessable`: well formed and allowed, but a rule of law or policy refuses it (422)
 *  - `too_many`: allowed, but not this often; `details.retryAfterSeconds` says when (429)
 */
export type ErrorKind = 'invalid' | 'forbidden' | 'not_found' | 'conflict' | 'unprocessable' | 'too_many';

/**
 * A rule of the domain said no. Domain code returns these; it never throws HTTP errors.
 * Each context lists its codes with their kind; one filter in the platform maps kinds to HTTP.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: ErrorKind;
  constructor(
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export type Decision<E> = readonly E[] | DomainError;

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
