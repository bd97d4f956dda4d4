import { applyDecorators, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Actor } from '../../auth/actor';
import { TooManyRequestsError } from '../errors/app-error';
import { ErrorResponseDto } from '../http/error-response.dto';

/** The named throttler that counts appointment changes; no other throttler exists, so other routes are free. */
export const BOOKING_CHURN_THROTTLER = 'bookings';

/** Window of `RATE_LIMIT_BOOKINGS_PER_MINUTE`. */
export const BOOKING_CHURN_WINDOW_MS = 60_000;

interface TrackedRequest {
  user?: Actor;
  ip?: string;
}

/**
 * Counts appointment changes (book, edit, status) per user across those routes together. It runs after the global
 * JWT guard, so the caller is known; the address (as Fastify reads it, honouring `TRUST_PROXY` only) is a fallback.
 * Over the limit → 429 `TOO_MANY_REQUESTS` with `Retry-After`.
 */
@Injectable()
export class BookingChurnGuard extends ThrottlerGuard {
  protected override getTracker(request: TrackedRequest): Promise<string> {
    const userId = request.user?.userId;
    return Promise.resolve(userId ? `user:${userId}` : `address:${request.ip ?? 'unknown'}`);
  }

  /** One budget per caller for all guarded routes (the default key would give each route its own). */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new TooManyRequestsError('Too many appointment changes; try again later', detail.timeToBlockExpire);
  }
}

/**
 * Puts a route under the per-user appointment-change limit (`RATE_LIMIT_BOOKINGS_PER_MINUTE`). Placed above `@Auth`,
 * so its 429 description (which names the API key limit too) is the route's.
 */
export const LimitBookingChurn = () =>
  applyDecorators(
    UseGuards(BookingChurnGuard),
    ApiTooManyRequestsResponse({
      type: ErrorResponseDto,
      description:
        'Too many appointment changes by this user or API key in a minute (`RATE_LIMIT_BOOKINGS_PER_MINUTE`), or ' +
        'an API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After`',
    }),
  );
