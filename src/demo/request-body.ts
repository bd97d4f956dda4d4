import { createValidationPipe } from '../common/http/validation';

const pipe = createValidationPipe();

/**
 * What a controller would hand a service: `value` through the app's own validation pipe (whitelist, unknown
 * fields refused, transforms), so every demo body meets the same rules as a request's, or the seed stops with 400's
 * details.
 */
export async function requestBody<T extends object>(metatype: new () => T, value: object): Promise<T> {
  return (await pipe.transform(value, { type: 'body', metatype })) as T;
}
