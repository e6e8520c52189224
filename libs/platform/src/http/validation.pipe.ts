import { ArgumentMetadata, BadRequestException, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { catalogueMessage } from './error-catalogue';
import { InputProblem, inspectInput } from './input-guard';

export interface FieldProblem {
  field: string;
  code: string;
  messages: string[];
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, code: 'INVALID_FIELD', messages: [...new Set(Object.values(error.constraints))] }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

export function validationFailed(fields: FieldProblem[]): BadRequestException {
  return new BadRequestException({
    code: 'VALIDATION_FAILED',
    message: fields.map((f) => `${f.field}: ${f.messages.join(', ')}`).join('; '),
    fields,
  });
}

function fromProblems(problems: InputProblem[]): FieldProblem[] {
  return problems.map((p) => ({ field: p.field, code: p.code, messages: [`${p.field} ${catalogueMessage(p.code, 'en-US')}`] }));
}

/**
 * The one validation every body, query string and path parameter goes through. Before the DTO's
 * own rules it refuses what no field may hold (null, NUL, lone surrogates, unsafe numbers, deep
 * nesting); after transformation it checks the numbers again, since query strings become numbers
 * only then. Unknown fields are refused, not dropped: a typo in a field name must not pass silently.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => validationFailed(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const root = metadata.type === 'param' ? (metadata.data ?? '') : '';
    const before = inspectInput(value, { nullAllowed: false, root });
    if (before.length > 0) throw validationFailed(fromProblems(before));
    const transformed: unknown = await super.transform(value, metadata);
    const after = inspectInput(transformed, { nullAllowed: true, root }).filter((p) => p.code === 'NUMBER_OUT_OF_RANGE');
    if (after.length > 0) throw validationFailed(fromProblems(after));
    return transformed;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe();
}
