import { ValidationError as ClassValidatorError, ValidationPipe } from '@nestjs/common';
import type { ErrorDetail } from '@app/contracts';
import { ValidationError } from '../errors/app-error';

function flatten(errors: ClassValidatorError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelist + refuse unknown fields + transform; failures become 400 VALIDATION_FAILED with field details. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationError(flatten(errors)),
  });
}
