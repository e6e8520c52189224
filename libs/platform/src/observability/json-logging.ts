import { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger, LoggerModule } from 'nestjs-pino';
import { logFormatFromEnv } from './observability.config';

const ID_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;
const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' && ID_PATTERN.test(value) ? value : undefined;
};

/** The request id a proxy sent (X-Request-Id, when well formed) or a new one; echoed back so both logs can meet. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const id = header(req, 'x-request-id') ?? randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/**
 * JSON log lines (pino) for a platform's log pipeline: every line inside a request carries its request id and
 * correlation id; one line a request with status and time. No query strings, tokens or cookies are logged: a
 * search may carry a resident's phone number.
 */
export function jsonLoggingModule(env: NodeJS.ProcessEnv = process.env): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: env.LOG_LEVEL ?? 'info',
      genReqId: requestId,
      customProps: (req: IncomingMessage) => ({
        correlationId: header(req, 'x-correlation-id'),
        userId: (req as IncomingMessage & { actor?: { userId?: string } }).actor?.userId,
      }),
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      // Probes every few seconds would drown the rest.
      autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/api/health/live') },
    },
  });
}

/** The logging modules an app imports: the JSON logger when LOG_FORMAT is json (production's default), none otherwise. */
export function loggingImports(env: NodeJS.ProcessEnv = process.env): DynamicModule[] {
  return logFormatFromEnv(env) === 'json' ? [jsonLoggingModule(env)] : [];
}

/** Routes Nest's own log lines through pino when the JSON logger is in the app. */
export function useJsonLoggerIfConfigured(app: INestApplicationContext, env: NodeJS.ProcessEnv = process.env): void {
  if (logFormatFromEnv(env) === 'json') app.useLogger(app.get(Logger));
}
