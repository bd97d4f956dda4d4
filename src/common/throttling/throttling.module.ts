import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { REDIS } from '../redis/redis.module';
import { BOOKING_CHURN_THROTTLER, BOOKING_CHURN_WINDOW_MS } from './booking-churn.guard';
import { throttlerStorageFor } from './throttler.storage';

/**
 * The throttler behind `@LimitBookingChurn()`. It is not a global guard: only routes that opt in are limited.
 * Counters are the service's one limiter (`rate-limiter-flexible`): in memory, or in Redis (shared by every
 * instance) when `REDIS_URL` is set.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, REDIS],
      useFactory: (config: AppConfig, redis: Redis | null) => {
        const perMinute = config.rateLimit.bookingsPerMinute;
        return {
          throttlers: [{ name: BOOKING_CHURN_THROTTLER, ttl: BOOKING_CHURN_WINDOW_MS, limit: Math.max(1, perMinute) }],
          skipIf: () => perMinute === 0,
          setHeaders: false,
          storage: throttlerStorageFor(redis, config.redisPrefix),
        };
      },
    }),
  ],
})
export class ThrottlingModule {}
