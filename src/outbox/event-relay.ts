import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { RecordedEvent } from '../common/domain-events';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { OutboxRepository } from './outbox.repository';

/** A row older than this was left by a process that stopped between commit and publish (see `sweep`). */
export const OUTBOX_GRACE_MS = 2000;
/** Rows a pass over the leftovers takes at most; the next pass takes the rest. */
const LEFTOVER_BATCH = 200;
/**
 * Deletions of published rows wait this long for company, so a burst of bookings deletes in one statement (at
 * 5 ms, bookings ran about a quarter slower in the bench than at 100 ms: a DELETE per one or two bookings).
 */
const DELETE_BATCH_DELAY_MS = 100;
const DELETE_BATCH = 1000;

/**
 * The one relay between the outbox and the event's subscribers (the socket gateway; webhooks and reminders next).
 *
 * - Fast path: the service that committed a change hands its recorded events to `published` right after the commit;
 *   they are emitted to the subscribers at once and their rows are deleted in batches.
 * - Leftovers: every `OUTBOX_POLL_MS`, rows older than `OUTBOX_GRACE_MS` are published and deleted in one
 *   transaction (`OutboxRepository.publishLeftovers`): those of a process that died between its commit and its
 *   publish, on this instance or any other. So a committed change is announced at least once; a crash between the
 *   emit and the delete announces it twice (clients key events by the appointment id).
 */
@Injectable()
export class EventRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('EventRelay');
  /** Published here, rows not deleted yet. */
  private readonly unsettled = new Set<string>();
  private deleteTimer: NodeJS.Timeout | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private deleting: Promise<void> | null = null;
  private sweeping: Promise<void> | null = null;
  /** The last pass failed (the database is away): said once, not at every poll. */
  private failing = false;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly emitter: EventEmitter2,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.pollTimer = setInterval(() => void this.sweep(), this.config.outboxPollMs);
    this.pollTimer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.pollTimer) {
      clearInterval(this.pollTimer);
      this.pollTimer = null;
    }
    await this.sweeping;
    await this.deleteSettled();
  }

  /** After commit: the events go to their subscribers now; their rows go soon after. */
  published(events: readonly RecordedEvent[]): void {
    for (const event of events) {
      this.emit(event);
      this.unsettled.add(event.id);
    }
    this.deleteTimer ??= setTimeout(() => void this.deleteSettled(), DELETE_BATCH_DELAY_MS);
  }

  /** Resolves once the rows of everything published here so far are deleted (tests that count statements). */
  async settled(): Promise<void> {
    for (let attempt = 0; attempt < 5 && (this.unsettled.size > 0 || this.deleting); attempt += 1) {
      await this.deleteSettled();
    }
  }

  /** One pass over the leftovers (also run by tests). Answers how many were published. */
  async sweep(): Promise<number> {
    if (this.sweeping) {
      await this.sweeping;
      return 0;
    }
    let count = 0;
    this.sweeping = (async () => {
      await this.deleteSettled();
      count = await this.outbox.publishLeftovers(OUTBOX_GRACE_MS, LEFTOVER_BATCH, (events) => {
        for (const event of events) {
          // Published here already (its delete failed, the database blipped): now it goes, without a second emit.
          if (!this.unsettled.delete(event.id)) {
            this.emit(event);
          }
        }
      });
      if (count > 0) {
        this.logger.warn({ count }, 'published events whose process stopped before publishing them');
      }
      if (this.failing) {
        this.failing = false;
        this.logger.log('the outbox is reachable again');
      }
    })()
      .catch((error: unknown) => {
        // Once per outage, not once per poll: the readiness probe already says the database is away.
        if (!this.failing) {
          this.failing = true;
          this.logger.warn({ err: error }, 'could not publish the outbox leftovers; retrying every poll');
        }
      })
      .finally(() => {
        this.sweeping = null;
      });
    await this.sweeping;
    return count;
  }

  private emit(event: RecordedEvent): void {
    try {
      this.emitter.emit(event.name, event);
    } catch (error) {
      this.logger.error({ err: error, event: event.name, id: event.id }, 'an event subscriber failed');
    }
  }

  /** Deletes the rows of what was published here; on failure they stay for the next pass (or the sweep). */
  private async deleteSettled(): Promise<void> {
    if (this.deleteTimer) {
      clearTimeout(this.deleteTimer);
      this.deleteTimer = null;
    }
    await this.deleting;
    if (this.unsettled.size === 0) {
      return;
    }
    const ids = [...this.unsettled].slice(0, DELETE_BATCH);
    this.deleting = this.outbox
      .remove(ids)
      .then(() => ids.forEach((id) => this.unsettled.delete(id)))
      .catch((error: unknown) =>
        this.logger.warn({ err: error, count: ids.length }, 'could not delete published events'),
      )
      .finally(() => {
        this.deleting = null;
      });
    await this.deleting;
    if (this.unsettled.size > 0 && ids.length === DELETE_BATCH) {
      await this.deleteSettled();
    }
  }
}
