import { Inject, Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { APP_CONFIG, AppConfig } from '../config/app-config';

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

  async verify(password: string, hash: string | null): Promise<boolean> {
    const matches = await bcrypt.compare(password, hash ?? (await this.dummyHash));
    return hash !== null && matches;
  }
}
