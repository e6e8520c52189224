/**
 * A rule of the domain said no. Domain code returns these; it never throws HTTP errors.
 * The API maps `code` to a status through each module's error map.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
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
