import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { ValidationError } from '../errors/app-error';

/** A path id that must be a UUID: a malformed one is 400, before any lookup. Documented as such in OpenAPI. */
export function UuidParam(name = 'id'): ParameterDecorator {
  const param = Param(
    name,
    new ParseUUIDPipe({
      version: undefined,
      exceptionFactory: () => new ValidationError([{ field: name, message: `${name} must be a UUID` }]),
    }),
  );
  const documented = ApiParam({ name, schema: { type: 'string', format: 'uuid', maxLength: 36 } });
  return (target, key, index) => {
    param(target, key, index);
    // A parameter decorator sees no descriptor; the handler itself is what ApiParam annotates.
    if (key !== undefined) {
      documented(target, key, { value: (target as Record<string | symbol, unknown>)[key] });
    }
  };
}
