import { Inject, Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export const MAX_PASSWORD_BYTES = 72;

/** bcrypt's async API runs on libuv's thread pool, so hashing never blocks the event loop. */
@Injectable()
export class PasswordService {
  /** Compared against when the email is unknown, so both failures cost the same time. */
  private readonly dummyHash: Promise<string>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.dummyHash = bcrypt.hash('not-a-real-password', config.bcryptRounds);
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, this.config.bcryptRounds);
  }

  /**
   * bcrypt reads only the first 72 bytes, so a longer candidate could match a stored 72-byte password: such a
   * candidate never matches (no stored password is longer; registration refuses them).
   */
  async verify(password: string, hash: string | null): Promise<boolean> {
    const tooLong = Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES;
    const matches = await bcrypt.compare(password, hash ?? (await this.dummyHash));
    return hash !== null && !tooLong && matches;
  }
}
