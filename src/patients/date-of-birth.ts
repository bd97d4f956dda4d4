import { registerDecorator, type ValidationOptions } from 'class-validator';

/** The earliest time zone is UTC+14: a child born "today" there must not be refused as born in the future. */
const EARLIEST_OFFSET_MS = 14 * 60 * 60 * 1000;

/** The latest acceptable date of birth (`YYYY-MM-DD`) at `now`: today, somewhere on Earth. */
export function latestDateOfBirth(now: Date = new Date()): string {
  return new Date(now.getTime() + EARLIEST_OFFSET_MS).toISOString().slice(0, 10);
}

export function isNotFutureDate(value: unknown, now: Date = new Date()): boolean {
  // Format is checked by the other validators; 'YYYY-MM-DD' strings compare in date order.
  return typeof value !== 'string' || value <= latestDateOfBirth(now);
}

export function NotInTheFuture(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'notInTheFuture',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must not be in the future', ...options },
      validator: { validate: (value: unknown) => isNotFutureDate(value) },
    });
}
