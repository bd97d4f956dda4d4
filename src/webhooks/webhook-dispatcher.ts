import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobRunner } from '../jobs/job-runner';
import { retryDelaySeconds } from './webhook-retries';
import { sendWebhook, type AttemptOutcome } from './webhook-sender';
import { signWebhook } from './webhook-signature';
import { assertAllowedTarget, WebhookUrlForbiddenError } from './webhook-target';
import { WebhooksRepository, type AttemptRecord, type ClaimedDelivery } from './webhooks.repository';

/** Deliveries one claim takes at most (and sends at once); a lane claims again while full batches come back. */
const CLAIM_BATCH = 25;
/** Claim-send-record loops of one drain (at most `LANES × CLAIM_BATCH` attempts in flight per instance). */
const LANES = 4;
/** Past the attempt's own timeout: only an instance that died mid-attempt leaves a delivery this long. */
const LEASE_MARGIN_MS = 30_000;
/** The own timer waits at most this long for the next due delivery (the job runner's pass also wakes the drain). */
const MAX_SLEEP_MS = 60_000;
const MIN_SLEEP_MS = 100;
/** Finished deliveries (`succeeded`, `failed`) stay in the delivery log this long, then the runner's pass prunes them. */
export const KEEP_FINISHED_DELIVERIES_MS = 30 * 24 * 60 * 60_000;
const PRUNE_EVERY_MS = 10 * 60_000;
const PRUNE_BATCH = 1000;

/**
 * Sends due deliveries (API.md "Integrations"). Their state lives in `webhook_deliveries`: a delivery is due when its
 * `next_attempt_at` has come; a claim counts the attempt and moves `next_attempt_at` a lease ahead (`FOR UPDATE SKIP
 * LOCKED`, so several instances never send one attempt twice, and a dead instance's attempt is taken up again:
 * at least once). No transaction is open while a request is in flight. A failed attempt is due again after the next
 * delay of `WEBHOOK_RETRY_SCHEDULE` (the schedule, not the job runner's exponential backoff); once it is spent the
 * delivery is `failed`.
 *
 * What wakes it: a change that wrote deliveries, right after its commit (`wake`, from the listener); its own timer,
 * set to the earliest pending `next_attempt_at` after each drain (so retries keep the schedule); and, on every
 * instance, the job runner's pass (a sweep), which also runs at start for what fell due while the service was down.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('WebhookDispatcher');
  private draining: Promise<void> | null = null;
  private again = false;
  private stopping = false;
  private timer: NodeJS.Timeout | null = null;
  private lastPruneAt = 0;

  constructor(
    private readonly deliveries: WebhooksRepository,
    private readonly runner: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs.run) {
      return;
    }
    this.runner.registerSweep('webhook deliveries', () => {
      this.wake();
      return Date.now() - this.lastPruneAt >= PRUNE_EVERY_MS ? this.prune() : Promise.resolve();
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.draining;
  }

  /** Deletes finished deliveries older than `KEEP_FINISHED_DELIVERIES_MS` (also run by tests). */
  prune(): Promise<number> {
    this.lastPruneAt = Date.now();
    return this.deliveries.pruneFinished(KEEP_FINISHED_DELIVERIES_MS, PRUNE_BATCH);
  }

  /** Drains soon; a wake during a drain drains once more after it (so a burst of changes costs a few drains). */
  wake(): void {
    if (this.stopping || !this.config.jobs.run) {
      return;
    }
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drainLoop().finally(() => {
      this.draining = null;
    });
  }

  /**
   * Sends everything due now (also run by tests); answers how many attempts were made. `LANES` claim-send-record
   * loops run side by side, so one slow endpoint's batch does not hold up the next batch.
   */
  async drain(): Promise<number> {
    const lanes = await Promise.all(Array.from({ length: LANES }, () => this.drainLane()));
    return lanes.reduce((sum, attempts) => sum + attempts, 0);
  }

  private async drainLane(): Promise<number> {
    let attempts = 0;
    for (;;) {
      const claimed = await this.deliveries.claimDue(CLAIM_BATCH, this.config.webhooks.timeoutMs + LEASE_MARGIN_MS);
      if (claimed.length > 0) {
        const records = await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
        await this.deliveries.recordAttempts(records);
        attempts += claimed.length;
      }
      if (claimed.length < CLAIM_BATCH || this.stopping) {
        return attempts;
      }
    }
  }

  private async drainLoop(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.drain();
        await this.sleepUntilNextDue();
      } catch (error) {
        this.logger.warn({ err: error }, 'a pass over due webhook deliveries failed');
      }
    } while (this.again && !this.stopping);
  }

  private async sleepUntilNextDue(): Promise<void> {
    const next = await this.deliveries.nextDueAt();
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (!next || this.stopping) {
      return;
    }
    // At least MIN_SLEEP_MS: a database clock a little ahead of ours must not make this a busy loop.
    const wait = Math.min(Math.max(next.getTime() - Date.now(), MIN_SLEEP_MS), MAX_SLEEP_MS);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.wake();
    }, wait);
    this.timer.unref();
  }

  /** One attempt of one delivery; never throws (the outcome is recorded). */
  private async attempt(delivery: ClaimedDelivery): Promise<AttemptRecord> {
    const outcome = await this.send(delivery);
    if (!outcome.ok) {
      this.logger.debug({ delivery: delivery.id, attempt: delivery.attempt, error: outcome.error }, 'webhook failed');
    }
    const retryIn = outcome.ok ? null : retryDelaySeconds(delivery.attempt, this.config.webhooks.retrySchedule);
    return { id: delivery.id, attempt: delivery.attempt, ...outcome, retryInSeconds: retryIn };
  }

  private async send(delivery: ClaimedDelivery): Promise<AttemptOutcome> {
    if (!delivery.isActive) {
      return { ok: false, statusCode: null, error: 'the endpoint is disabled' };
    }
    const rules = { httpsOnly: this.config.nodeEnv === 'production', allowPrivate: this.config.webhooks.allowPrivate };
    try {
      await assertAllowedTarget(delivery.url, rules);
    } catch (error) {
      const message = error instanceof WebhookUrlForbiddenError ? error.message : String(error);
      return { ok: false, statusCode: null, error: message };
    }
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'webhook-id': delivery.id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook(delivery.secret, delivery.id, timestamp, delivery.payload),
    };
    return sendWebhook(delivery.url, headers, delivery.payload, {
      timeoutMs: this.config.webhooks.timeoutMs,
      checkAddresses: !rules.allowPrivate,
    });
  }
}
