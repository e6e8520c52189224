import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Response } from 'express';
import { DomainError, ErrorKind } from '@app/shared';
import { IdempotencyConflictError, WrongExpectedVersionError } from '@app/event-store';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
  fields?: { field: string; messages: string[] }[];
}

/** The one mapping from a domain refusal's kind to HTTP; contexts only say which kind each code is. */
export const STATUS_OF_KIND: Readonly<Record<ErrorKind, number>> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
};

/** The one place where domain and store errors become HTTP answers. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
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
    if (exception instanceof IdempotencyConflictError) {
      return { statusCode: 409, code: 'IDEMPOTENCY_CONFLICT', message: 'this Idempotency-Key was already used for a different change' };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const payload = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : { message: raw };
      return {
        statusCode: status,
        code: typeof payload.code === 'string' ? payload.code : httpCode(status),
        message: Array.isArray(payload.message) ? payload.message.join('; ') : String(payload.message ?? exception.message),
        ...(payload.fields ? { fields: payload.fields as ErrorBody['fields'] } : {}),
      };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { statusCode: 500, code: 'INTERNAL', message: 'internal error' };
  }
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
    default:
      return `HTTP_${status}`;
  }
}
