import { HttpException } from '@nestjs/common';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { IncomingMessage } from 'node:http';
import { jsonNestingExceeds, MAX_INPUT_DEPTH } from './input-guard';

/** Largest JSON or form body accepted; more is answered 413. Files go through multipart with their own limit. */
export const MAX_BODY_BYTES = 256 * 1024;

class NestingTooDeepError extends Error {
  readonly type = 'entity.too.deep';
  readonly status = 400;
}

// Body-parser errors (http-errors) by type → our status and code.
const PARSER_ERRORS: Record<string, [number, string]> = {
  'entity.too.large': [413, 'PAYLOAD_TOO_LARGE'],
  'parameters.too.many': [413, 'PAYLOAD_TOO_LARGE'],
  'entity.parse.failed': [400, 'MALFORMED_JSON'],
  'entity.too.deep': [400, 'JSON_TOO_DEEP'],
  'encoding.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE'],
  'charset.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE'],
};

/** A parser error as the answer the client should get (anything unexpected stays as it is: a 500, logged). */
function asHttpError(error: unknown): unknown {
  const type = (error as { type?: unknown } | null)?.type;
  const status = (error as { status?: unknown } | null)?.status;
  const known = typeof type === 'string' ? PARSER_ERRORS[type] : undefined;
  if (known) return new HttpException({ code: known[1], message: (error as Error).message }, known[0]);
  if (typeof status === 'number' && status >= 400 && status < 500)
    return new HttpException({ code: 'BAD_REQUEST', message: String((error as Error).message) }, status);
  return error;
}

function wrapped(parser: RequestHandler): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) =>
    parser(req, res, (error?: unknown) => next(error === undefined ? undefined : asHttpError(error)));
}

/** A route whose JSON bodies may be larger than MAX_BODY_BYTES (the app names it; the platform knows no route). */
export interface LargerBodyRoute {
  readonly method: string;
  readonly path: string;
  readonly limitBytes: number;
}

function jsonParser(limit: number): RequestHandler {
  return wrapped(
    express.json({
      limit,
      verify: (_req: IncomingMessage, _res: unknown, raw: Buffer) => {
        if (jsonNestingExceeds(raw)) throw new NestingTooDeepError(`JSON nested deeper than ${MAX_INPUT_DEPTH} levels`);
      },
    }),
  );
}

/**
 * JSON and form body parsers with the size limit (413) and, for JSON, the nesting limit checked on
 * the raw bytes before JSON.parse, so neither the parser nor the validation pipe can be made to recurse without bound.
 * `larger` lifts the JSON limit for the named routes only.
 */
export function bodyParsers(larger: readonly LargerBodyRoute[] = []): RequestHandler[] {
  const standard = jsonParser(MAX_BODY_BYTES);
  const special = larger.map((route) => ({ ...route, parser: jsonParser(route.limitBytes) }));
  return [
    (req: Request, res: Response, next: NextFunction) => {
      const route = special.find((r) => r.method === req.method && r.path === req.path);
      return (route?.parser ?? standard)(req, res, next);
    },
    wrapped(express.urlencoded({ limit: MAX_BODY_BYTES, extended: false, parameterLimit: 200 })),
  ];
}
