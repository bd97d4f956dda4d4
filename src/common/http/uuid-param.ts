import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationError } from '../errors/app-error';

/** A path id that must be a UUID: a malformed one is 400, before any lookup. */
export function UuidParam(name = 'id'): ParameterDecorator {
  return Param(
    name,
    new ParseUUIDPipe({
      version: undefined,
      exceptionFactory: () => new ValidationError([{ field: name, message: `${name} must be a UUID` }]),
    }),
  );
}
