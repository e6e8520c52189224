import type { FormInstance } from 'antd';

/** The API's error body: `{statusCode, code, message, fields}` (see the HTTP error filter). */
export interface ApiErrorBody {
  readonly statusCode: number;
  readonly code: string;
  readonly message: string;
  readonly fields?: readonly { field: string; messages: string[] }[];
  readonly details?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
  get status() {
    return this.body.statusCode;
  }
  get code() {
    return this.body.code;
  }
  get fields() {
    return this.body.fields ?? [];
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ApiErrorBody).code === 'string';
}

/**
 * Turns an openapi-fetch answer into its data, or throws an ApiError carrying the API's code,
 * message (in the Accept-Language the client sent) and per-field messages.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError({ statusCode: 0, code: 'NETWORK_ERROR', message: '' });
  }
  if (result.response.ok) return result.data as T;
  const error = result.error;
  throw new ApiError(
    isErrorBody(error)
      ? error
      : { statusCode: result.response.status, code: `HTTP_${result.response.status}`, message: String(error ?? '') },
  );
}

/**
 * Puts each per-field message next to its form field. Returns the messages for fields the form
 * does not have, so the caller shows them by the action instead (nothing is lost). `prefix` places
 * a body sent from one part of a form (e.g. its `schedule`) back under that part.
 */
export function showFieldErrors(form: FormInstance, error: unknown, prefix: readonly string[] = []): string[] {
  if (!(error instanceof ApiError)) return [];
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const rest: string[] = [];
  const onForm = error.fields.filter((f) => {
    const top = [...prefix, ...f.field.split('.')][0];
    if (known.has(top) || form.getFieldInstance(top) !== undefined) return true;
    rest.push(...f.messages);
    return false;
  });
  form.setFields(onForm.map((f) => ({ name: [...prefix, ...f.field.split('.')], errors: f.messages })));
  return rest;
}
