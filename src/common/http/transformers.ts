import { Transform } from 'class-transformer';

/** Trims strings; keeps other values for the validators to refuse. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Lower-cases and trims (emails match case-insensitively everywhere). */
export const LowerTrim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/** `?flag=true|false` as a boolean; anything else stays a string and fails `@IsBoolean`. */
export const QueryBoolean = () =>
  Transform(({ obj, key }: { obj: Record<string, unknown>; key: string }) => {
    const raw = obj[key];
    if (raw === 'true' || raw === true) {
      return true;
    }
    if (raw === 'false' || raw === false) {
      return false;
    }
    return raw;
  });

/** `?status=a,b` as an array. */
export const CommaList = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((v) => v.trim())
          .filter((v) => v !== '')
      : value,
  );
