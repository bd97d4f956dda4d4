import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobRunner } from '../jobs/job-runner';
import { AppointmentStatusService } from './appointment-status.service';

const BATCH = 200;

/**
 * The contract's time-driven status changes (API.md, "Time-driven work"), run by the job runner at every
 * `JOBS_INTERVAL_MS` on every instance: the batches are claimed with `SKIP LOCKED` and each move is a compare-and-swap,
 * so each appointment moves once however many instances sweep.
 */
@Injectable()
export class AppointmentSweeps implements OnModuleInit {
  constructor(
    private readonly statuses: AppointmentStatusService,
    private readonly runner: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.runner.registerSweep('appointments.overdue', () => this.sweep());
  }

  /** Every overdue appointment now, batch after batch; answers how many moved. */
  async sweep(): Promise<number> {
    const rules = {
      noShowMinutes: this.config.jobs.autoNoShowMinutes,
      completeMinutes: this.config.jobs.autoCompleteMinutes,
    };
    let total = 0;
    for (;;) {
      const moved = await this.statuses.sweepOverdue(rules, BATCH);
      total += moved;
      if (moved < BATCH) {
        return total;
      }
    }
  }
}
