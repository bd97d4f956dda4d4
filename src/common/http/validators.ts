import { APPOINTMENT_DURATION } from '@app/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  IsDivisibleBy,
  IsInt,
  IsUUID,
  Max,
  Min,
  registerDecorator,
  ValidateIf,
  ValidationOptions,
} from 'class-validator';

/** bcrypt reads at most 72 bytes: longer passwords would silently share a hash, so they are refused. */
export function MaxBytes(max: number, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'maxBytes',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `$property must be at most ${max} bytes`, ...options },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || Buffer.byteLength(value, 'utf8') <= max,
      },
    });
}

/**
 * Like `@IsOptional()`, but only an absent field is skipped: an explicit `null` is still validated (and so
 * refused by `@IsString()` etc.), for fields whose column cannot be empty.
 */
export function OptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/** An id in a body or a query: any UUID version, documented with its format and fixed length. */
export function IsUuid(): PropertyDecorator {
  return applyDecorators(IsUUID('all'), ApiProperty({ type: String, format: 'uuid', maxLength: 36 }));
}

/** A whole number in a body, documented as `integer` (the Swagger plugin would say `number` from the TS type). */
export function IsInteger(): PropertyDecorator {
  return applyDecorators(IsInt(), ApiProperty({ type: 'integer', format: 'int32' }));
}

/**
 * An appointment's (or a slot's) length in minutes: `APPOINTMENT_DURATION.min..max`, a multiple of its step; validated
 * and documented from the one constant.
 */
export function IsDurationMinutes(): PropertyDecorator {
  const { min, max, step } = APPOINTMENT_DURATION;
  return applyDecorators(
    IsInt(),
    Min(min),
    Max(max),
    IsDivisibleBy(step),
    ApiProperty({ type: 'integer', format: 'int32', minimum: min, maximum: max, multipleOf: step }),
  );
}
