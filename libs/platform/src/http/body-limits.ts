import { IncomingMessage } from 'node:http';
import { jsonNestingExceeds, MAX_INPUT_DEPTH } from './input-guard';

/** Largest JSON or form body accepted; more is answered 413. Files go through multipart with their own limit. */
export const MAX_BODY_BYTES = 256 * 1024;

class NestingTooDeepError extends Error {
  readonly type = 'entity.too.deep';
  readonly status = 400;
}

/** Body-parser options: the size limit, and the nesting limit checked on the raw bytes before JSON.parse runs. */
export const JSON_BODY_OPTIONS = {
  limit: MAX_BODY_BYTES,
  verify: (_req: IncomingMessage, _res: unknown, raw: Buffer) => {
    if (jsonNestingExceeds(raw)) throw new NestingTooDeepError(`JSON nested deeper than ${MAX_INPUT_DEPTH} levels`);
  },
};
export const FORM_BODY_OPTIONS = { limit: MAX_BODY_BYTES, extended: false, parameterLimit: 200 };
