import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { DomainError, ErrorKind } from '@app/shared';
import { EventStoreUnavailableError, IdempotencyConflictError, WrongExpectedVersionError } from '@app/event-store';
import { catalogueMessage, Locale, localeFrom } from './error-catalogue';
import { FieldProblem } from './validation.pipe';
import { IdempotencyKeyReusedError } from './idempotency';

export interface ErrorBody {
  statusCode: number;
  /** Stable; the web app looks it up in GET /api/errors. */
  code: string;
  /** For people: Chinese unless the request asked for English (Accept-Language: en). */
  message: string;
  /** The server's own (English) description of this particular failure, when it says more than `message`. */
  detail?: string;
  details?: Record<string, unknown>;
  fields?: FieldProblem[];
}

/** The one mapping from a domain refusal's kind to HTTP; contexts only say which kind each code is. */
export const STATUS_OF_KIND: Readonly<Record<ErrorKind, number>> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  too_many: 429,
};

/** How long a client should wait after the event store was out of reach (a leader election takes seconds). */
const STORE_RETRY_AFTER_SECONDS = 5;

/** The one place where domain, store, parser and validation errors become HTTP answers. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request | undefined>();
    const body = localise(this.toBody(exception), localeFrom(request?.headers?.['accept-language']));
    if (response.headersSent) return;
    // A "not this often" refusal says when to come back, as the throttler's 429 does.
    const retryAfter = body.statusCode === 429 || body.statusCode === 503 ? body.details?.retryAfterSeconds : undefined;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      return {
        statusCode: STATUS_OF_KIND[exception.kind] ?? 422,
        code: exception.code,
        message: exception.message,
        details: { ...exception.details },
      };
    }
    if (exception instanceof WrongExpectedVersionError) {
      return {
        statusCode: 409,
        code: 'VERSION_CONFLICT',
        message: 'the record changed since you read it; reload and try again',
        details: { expected: String(exception.expected), actual: String(exception.actual) },
      };
    }
    if (exception instanceof EventStoreUnavailableError) {
      this.logger.warn(exception.message);
      return {
        statusCode: 503,
        code: 'STORE_UNAVAILABLE',
        message:
          'the event store is unavailable for the moment; the change was not confirmed, try again shortly (with the same Idempotency-Key it cannot apply twice)',
        details: { retryAfterSeconds: STORE_RETRY_AFTER_SECONDS },
      };
    }
    // The key's events exist in another stream: the same key was sent with a different request.
    if (exception instanceof IdempotencyKeyReusedError || exception instanceof IdempotencyConflictError) {
      return { statusCode: 422, code: 'IDEMPOTENCY_KEY_REUSED', message: 'this Idempotency-Key was already used for a different request' };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const payload = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : { message: raw };
      return {
        statusCode: status,
        code: typeof payload.code === 'string' ? payload.code : httpCode(status),
        message: Array.isArray(payload.message) ? payload.message.join('; ') : String(payload.message ?? exception.message),
        ...(payload.fields ? { fields: payload.fields as FieldProblem[] } : {}),
        ...(typeof payload.details === 'object' && payload.details !== null ? { details: payload.details as Record<string, unknown> } : {}),
      };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { statusCode: 500, code: 'INTERNAL', message: 'internal error' };
  }
}

/** The catalogue's words for the code; the server's own English sentence stays in `detail`. */
function localise(body: ErrorBody, locale: Locale): ErrorBody {
  const fields = body.fields?.map((f) => {
    const known = f.code !== 'INVALID_FIELD' ? catalogueMessage(f.code, locale) : undefined;
    return known ? { ...f, messages: [`${f.field} ${known}`] } : f;
  });
  const words = catalogueMessage(body.code, locale);
  const named = fields?.length ? `${locale === 'zh-CN' ? '：' : ': '}${[...new Set(fields.map((f) => f.field))].join(', ')}` : '';
  const message = locale === 'en-US' ? body.message : words ? `${words}${named}` : body.message;
  const detail = message !== body.message ? body.message : undefined;
  return { ...body, message, ...(detail ? { detail } : {}), ...(fields ? { fields } : {}) };
}

function httpCode(status: number): string {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    default:
      return `HTTP_${status}`;
  }
}
