import { ApiProperty } from '@nestjs/swagger';
import { isISO8601, registerDecorator, type ValidationOptions } from 'class-validator';

/** `2025-03-03T10:00:00Z`, `2025-03-03T10:00+02:00`, `…T10:00:00.250Z`: a date, a time and an explicit offset. */
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The longest accepted form, `2025-03-03T10:00:00.250+02:00`; written into the OpenAPI schema. */
const MAX_INSTANT_LENGTH = 29;

/** What `@IsInstantWithOffset()` accepts. */
export function isInstantWithOffset(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    WITH_OFFSET.test(value) &&
    isISO8601(value, { strict: true, strictSeparator: true }) &&
    !Number.isNaN(Date.parse(value))
  );
}

/** The contract wants an offset on every request time: a bare local time would be read in the server's zone. */
export function IsInstantWithOffset(options?: ValidationOptions): PropertyDecorator {
  const documented = ApiProperty({ type: String, format: 'date-time', maxLength: MAX_INSTANT_LENGTH });
  return (target: object, propertyName: string | symbol) => {
    documented(target, propertyName);
    registerDecorator({
      name: 'isInstantWithOffset',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: '$property must be an ISO 8601 date-time with an offset, such as 2030-01-07T10:00:00Z',
        ...options,
      },
      validator: {
        validate: isInstantWithOffset,
      },
    });
  };
}
