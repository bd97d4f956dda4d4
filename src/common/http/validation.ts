import { ArgumentMetadata, ValidationError as ClassValidatorError, ValidationPipe } from '@nestjs/common';
import type { ErrorDetail } from '@app/contracts';
import { ValidationError } from '../errors/app-error';
import { findUnsafeInput, MAX_NESTING_DEPTH } from './input-limits';

function flatten(errors: ClassValidatorError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

const UNSAFE_INPUT_MESSAGES = {
  too_deep: `is nested more than ${MAX_NESTING_DEPTH} levels deep`,
  nul_character: 'must not contain NUL (\\u0000) characters',
  lone_surrogate: 'must be well-formed Unicode (no lone surrogates)',
} as const;

/** Refuses input no DTO could accept before the (recursive) transformer and validators, or the database, see it. */
class BoundedValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const unsafe = metadata.type === 'body' || metadata.type === 'query' ? findUnsafeInput(value) : null;
    if (unsafe) {
      const field = metadata.data ?? metadata.type;
      throw new ValidationError([{ field, message: `${field} ${UNSAFE_INPUT_MESSAGES[unsafe]}` }]);
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

/** Whitelist + refuse unknown fields + transform; failures become 400 VALIDATION_FAILED with field details. */
export function createValidationPipe(): ValidationPipe {
  return new BoundedValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationError(flatten(errors)),
  });
}
