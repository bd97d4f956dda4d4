import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Caps a free-form JSON value by its serialized size, which also bounds its depth and key count. */
export function MaxJsonBytes(max: number, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'maxJsonBytes',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `$property must be at most ${max} bytes of JSON`, ...options },
      validator: {
        validate: (value: unknown) =>
          value === undefined || Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8') <= max,
      },
    });
}
