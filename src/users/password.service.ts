import { FIELD_LIMITS } from '@app/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PasswordHashingPool } from './password-hashing.pool';

/** `FIELD_LIMITS.password.maxBytes`: what bcrypt reads. */
export const MAX_PASSWORD_BYTES = FIELD_LIMITS.password.maxBytes;

/**
 * bcrypt runs on worker threads at the lowest CPU priority (`PasswordHashingPool`), not on libuv's pool: off the
 * event loop is not enough, because four pool threads at normal priority took the two cores from the event loop and
 * PostgreSQL while logins ran (an authenticated GET's p99 passed 200 ms). Idle cores still hash at full speed.
 */
@Injectable()
export class PasswordService {
  /** Compared against when the email is unknown, so both failures cost the same time. */
  private readonly dummyHash: Promise<string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pool: PasswordHashingPool,
  ) {
    this.dummyHash = pool.hash('not-a-real-password', config.bcryptRounds);
    // It rejects only if the pool closes first; `verify` reports that itself, so no unhandled rejection meanwhile.
    this.dummyHash.catch(() => undefined);
  }

  hash(password: string): Promise<string> {
    return this.pool.hash(password, this.config.bcryptRounds);
  }

  /**
   * bcrypt reads only the first 72 bytes, so a longer candidate could match a stored 72-byte password: such a
   * candidate never matches (no stored password is longer; registration refuses them).
   */
  async verify(password: string, hash: string | null): Promise<boolean> {
    const tooLong = Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES;
    const matches = await this.pool.compare(password, hash ?? (await this.dummyHash));
    return hash !== null && !tooLong && matches;
  }
}
