import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ApiKeysRepository } from './api-keys.repository';

/**
 * `lastUsedAt` without a write per request: each authenticated use is remembered here (the latest time per key) and
 * written every `API_KEY_USAGE_FLUSH_MS` in one `UPDATE … FROM unnest`, and once more at shutdown. It is a
 * loss-tolerant cache of a timestamp, not a fact anything depends on: a crash loses at most one interval of it, so it
 * is the one timer-only write of the service (the rule "later work is stored in the database" is for work that must
 * happen).
 */
@Injectable()
export class ApiKeyUsage implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ApiKeyUsage.name);
  private pending = new Map<string, Date>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly keys: ApiKeysRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.flush(), this.config.apiKeyUsageFlushMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
    await this.flush();
  }

  /** A key was used now. */
  touch(apiKeyId: string, at: Date = new Date()): void {
    this.pending.set(apiKeyId, at);
  }

  /** Writes what was used since the last flush (one statement); a failed write keeps it for the next one. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.pending.size === 0) {
        return;
      }
      const batch = this.pending;
      this.pending = new Map();
      try {
        await this.keys.recordUsage(batch);
      } catch (error) {
        for (const [id, at] of batch) {
          if (!this.pending.has(id)) {
            this.pending.set(id, at);
          }
        }
        this.logger.warn(`could not record API key usage yet: ${(error as Error).message}`);
      }
    });
    return this.flushing;
  }
}
