import { ICD10_CODE_PATTERN } from '@app/contracts';
import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Codes are written in capitals (`J45.909`); `j45.909` means the same, so it is stored capitalised. */
export function normalizeIcd10Code(value: string): string {
  return value.trim().toUpperCase();
}

export function isIcd10Code(value: unknown): value is string {
  return typeof value === 'string' && ICD10_CODE_PATTERN.test(value);
}

/** Trims and capitalises the code; other values stay for the validator to refuse. */
export const NormalizeIcd10 = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeIcd10Code(value) : value));

/** The same format the `medical_records` CHECK enforces, so a bad code is a 400, not a database error. */
export function IsIcd10Code(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isIcd10Code',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be an ICD-10 code such as E11 or J45.909', ...options },
      validator: { validate: isIcd10Code },
    });
}
