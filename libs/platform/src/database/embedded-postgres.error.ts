/** A start-up failure of the embedded PostgreSQL, told in one line that names the cause and what to do. */
export class EmbeddedPostgresError extends Error {
  override readonly name = 'EmbeddedPostgresError';
}
