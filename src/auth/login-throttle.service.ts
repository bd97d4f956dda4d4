import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { TooManyRequestsError, type AppError } from '../common/errors/app-error';
import { RateLimitStore } from '../common/rate-limit.store';

/**
 * Brute-force brakes: 5 failed logins per account or `RATE_LIMIT_ADDRESS_MAX` per client address in 15 minutes,
 * and the same address budget for registrations. Over the limit → 429 with `Retry-After`.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Counts the attempt before the password is checked, so guesses sent at once cannot all slip past a limit that
   * none of them has reached yet (checking first and counting after the bcrypt compare let any number through).
   * Over the limit → 429. A success gives the attempt back (`loginSucceeded`): only failures add up.
   */
  async beginLoginAttempt(email: string, address: string): Promise<void> {
    const { accountMax, addressMax, windowSeconds } = this.config.rateLimit;
    const account = await this.store.hit(`login:account:${email}`, windowSeconds);
    if (account.count > accountMax) {
      throw this.tooMany(account.retryAfter);
    }
    if (addressMax > 0) {
      const byAddress = await this.store.hit(`login:address:${address}`, windowSeconds);
      if (byAddress.count > addressMax) {
        await this.store.release(`login:account:${email}`);
        throw this.tooMany(byAddress.retryAfter);
      }
    }
  }

  async loginSucceeded(email: string, address: string): Promise<void> {
    await this.store.reset(`login:account:${email}`);
    if (this.config.rateLimit.addressMax > 0) {
      await this.store.release(`login:address:${address}`);
    }
  }

  async registrationAttempt(address: string): Promise<void> {
    const { addressMax, windowSeconds } = this.config.rateLimit;
    if (addressMax === 0) {
      return;
    }
    const hit = await this.store.hit(`register:address:${address}`, windowSeconds);
    if (hit.count > addressMax) {
      throw this.tooMany(hit.retryAfter);
    }
  }

  private tooMany(retryAfter: number): AppError {
    return new TooManyRequestsError('Too many attempts; try again later', retryAfter);
  }
}
