import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppointmentHoldsService } from './appointment-holds.service';

const BATCH = 500;

/**
 * Notices expired holds every `HOLD_SWEEP_MS`, so their doctors' watchers hear `slots.changed`. The expiry itself is
 * in the database (`expires_at`): an expired hold stops blocking at once, whether or not this has run, and any
 * instance may notice it (rows are claimed with `SKIP LOCKED`, each announced once, through the outbox).
 */
@Injectable()
export class HoldExpirySweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('HoldExpiry');
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;

  constructor(
    private readonly holds: AppointmentHoldsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweepInBackground(), this.config.holdSweepMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
    await this.sweeping;
  }

  /** Notices every expired hold now (also run by tests); answers how many. */
  async sweep(): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await this.holds.noticeExpiredHolds(BATCH);
      total += count;
      if (count < BATCH) {
        return total;
      }
    }
  }

  private async sweepInBackground(): Promise<void> {
    if (this.sweeping) {
      return;
    }
    this.sweeping = this.sweep()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not notice expired holds'))
      .finally(() => {
        this.sweeping = null;
      });
    await this.sweeping;
  }
}
