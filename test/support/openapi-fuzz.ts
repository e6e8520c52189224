import fc from 'fast-check';

/** The slice of an OpenAPI 3 document the fuzzer reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
}
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
  example?: unknown;
}
export interface Operation {
  method: string;
  path: string;
  operationId: string;
  roles: string[] | null;
  parameters: Parameter[];
  body: Schema | null;
  multipart: boolean;
}
interface Document {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Every operation of the document, with the roles that may call it (`x-roles`). */
export function operationsOf(doc: Document): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const content = (op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)?.content ?? {};
      out.push({
        method,
        path,
        operationId: String(op.operationId ?? `${method} ${path}`),
        roles: (op['x-roles'] as string[] | undefined) ?? null,
        parameters: (op.parameters as Parameter[] | undefined) ?? [],
        body: content['application/json']?.schema ?? null,
        multipart: 'multipart/form-data' in content,
      });
    }
  }
  return out;
}

// Strings and numbers a hostile client sends. Lone surrogates survive JSON.stringify as \ud800 escapes.
export const HOSTILE_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '\ud83d',
  '2026-02-30',
  '2026-04-31',
  '2026-02-30T10:00:00Z',
  '2026-13-01',
  '0000-00-00',
  "'; DROP TABLE events; --",
  '%',
  '_',
  '\\',
  'A0',
  '1e30',
  '9223372036854775808',
  '-1',
  'NaN',
  'true',
  '零'.repeat(5000),
];
export const HOSTILE_NUMBERS = [1e30, -1e30, 2 ** 63, -(2 ** 63), 2 ** 53, 1.5, -1, 0, 1e-30, Number.MAX_SAFE_INTEGER + 2];
// Query strings and path segments as raw (already encoded) text: NUL, invalid UTF-8, huge numbers, dates that do not exist.
export const HOSTILE_RAW = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%F0%9F',
  '%C0%80',
  '%',
  '1e30',
  '9223372036854775808',
  '-9223372036854775809',
  '1e308',
  '-1',
  '0',
  '2026-02-30',
  '2026-04-31',
  '2026-02-30T00%3A00%3A00Z',
  'null',
  '',
  'x'.repeat(3000),
];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, [], {}, [null], { a: null }),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.double(),
);

export class SchemaArbitraries {
  constructor(private readonly doc: Document) {}

  resolve(schema: Schema): Schema {
    if (schema.$ref) return this.resolve(this.doc.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] ?? {});
    if (schema.allOf?.length === 1) return this.resolve(schema.allOf[0]);
    return schema;
  }

  /** A value that mostly satisfies the schema (examples first), so requests get past validation and reach the deciders. */
  plausible(raw: Schema, depth = 0): fc.Arbitrary<unknown> {
    const schema = this.resolve(raw);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const example = schema.example !== undefined ? [fc.constant(schema.example)] : [];
    switch (schema.type) {
      case 'string':
        return fc.oneof(...example, ...example, fc.string({ maxLength: 12 }), fc.constantFrom('2026-12-01', '2026-12-01T10:00:00Z'));
      case 'integer':
        return fc.oneof(...example, fc.integer({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 1000, 1000) }));
      case 'number':
        return fc.oneof(...example, fc.double({ min: 0, max: 1000, noNaN: true }));
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 4 ? fc.constant([]) : fc.array(this.plausible(schema.items ?? {}, depth + 1), { minLength: 1, maxLength: 3 });
      case 'object':
      default: {
        if (!schema.properties || depth > 4) return example.length ? example[0] : fc.constant({});
        const required = new Set(schema.required ?? []);
        const shape: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [name, prop] of Object.entries(schema.properties)) shape[name] = this.plausible(prop, depth + 1);
        return fc.record(shape, { requiredKeys: Object.keys(shape).filter((k) => required.has(k)) });
      }
    }
  }

  /** A plausible body with one field (possibly nested) replaced by something hostile or left out, or an extra unknown field. */
  mutated(schema: Schema): fc.Arbitrary<unknown> {
    return fc.tuple(this.plausible(schema), hostileValue, fc.nat(), fc.nat({ max: 2 })).map(([body, bad, pick, how]) => {
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return bad;
      const copy = structuredClone(body) as Record<string, unknown>;
      const target = nestedTarget(copy, pick);
      const keys = Object.keys(target);
      if (how === 0) copy[`unknown${pick % 3}`] = bad;
      else if (how === 1 && keys.length > 0) delete target[keys[pick % keys.length]];
      else if (keys.length > 0) target[keys[pick % keys.length]] = bad;
      return copy;
    });
  }
}

function nestedTarget(body: Record<string, unknown>, pick: number): Record<string, unknown> {
  const nested = Object.values(body).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v));
  return pick % 3 === 0 && nested.length > 0 ? nested[pick % nested.length] : body;
}

/** Raw JSON texts that attack the parser and the validation pipe rather than one field. */
export function hostileRawBodies(): string[] {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
  const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
  return [
    deep(100_000),
    deepObject(20_000),
    `{"name":${deep(5000)}}`,
    `{"x":"${'a'.repeat(2 * 1024 * 1024)}"}`,
    '{"a":1,',
    'null',
    '"text"',
    '12',
    '[]',
    '{"__proto__":{"admin":true}}',
    '{"constructor":{"prototype":{"x":1}}}',
    '{"n":1e999}',
    '{"s":"\\ud800"}',
    '{"s":"\\u0000"}',
  ];
}
