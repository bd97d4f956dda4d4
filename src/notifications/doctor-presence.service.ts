import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { DoctorPresenceRepository } from './doctor-presence.repository';
import { LiveDelivery } from './live-delivery.service';
import { PRESENCE_COUNTER, type PresenceCounter } from './presence-counter';
import { PRESENCE_HEARTBEAT_MS } from './redis-presence-counter';

/** A count read and a flag written can interleave with another instance's; this many rounds settle it. */
const MAX_SYNC_ROUNDS = 3;

/**
 * A doctor is online while at least one socket of theirs is open, anywhere. Connects and disconnects update the
 * count; the `doctors.is_online` flag then follows the count, and each change of the flag is announced once as
 * `doctor.presence`. Work for one doctor runs in order (a chain per doctor), so a quick reconnect cannot be
 * overtaken by the disconnect before it.
 */
@Injectable()
export class DoctorPresenceService implements OnApplicationBootstrap, BeforeApplicationShutdown, OnModuleDestroy {
  private readonly logger = new Logger('DoctorPresence');
  private readonly chains = new Map<string, Promise<void>>();
  private readonly startedAt = new Date();
  private heartbeat: NodeJS.Timeout | null = null;
  private stopping = false;

  constructor(
    @Inject(PRESENCE_COUNTER) private readonly counter: PresenceCounter,
    private readonly records: DoctorPresenceRepository,
    private readonly delivery: LiveDelivery,
  ) {}

  /**
   * Flags left on by a crashed process are cleared at start. Without Redis nothing is live yet, so every flag
   * goes; with Redis only doctors without a live socket entry (a dead instance's entries expire within the TTL,
   * and the heartbeat sweep then takes those doctors offline and announces it).
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.records.resetStale(await this.counter.liveDoctorIds(), this.startedAt);
    this.heartbeat = setInterval(() => void this.beat(), PRESENCE_HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  connected(doctorId: string, socketId: string): void {
    if (!this.stopping) {
      this.enqueue(doctorId, () => this.counter.add(doctorId, socketId));
    }
  }

  disconnected(doctorId: string, socketId: string): void {
    if (!this.stopping) {
      this.enqueue(doctorId, () => this.counter.remove(doctorId, socketId));
    }
  }

  /** Resolves once every presence change queued so far has been written and announced. */
  async drain(): Promise<void> {
    while (this.chains.size > 0) {
      await Promise.all([...this.chains.values()]);
    }
  }

  /**
   * Before the database and Redis close: this instance's sockets stop counting (the doctor stays online if
   * connected elsewhere), and disconnects during the socket server's own shutdown are ignored.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.stopHeartbeat();
    try {
      for (const doctorId of await this.counter.removeAllLocal()) {
        this.enqueue(doctorId, async () => undefined);
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'could not release presence at shutdown');
    }
    await this.drain();
  }

  onModuleDestroy(): void {
    this.stopHeartbeat();
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  private async beat(): Promise<void> {
    try {
      for (const doctorId of await this.counter.heartbeat()) {
        this.enqueue(doctorId, async () => undefined);
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'presence heartbeat failed');
    }
  }

  private enqueue(doctorId: string, change: () => Promise<void>): void {
    const previous = this.chains.get(doctorId) ?? Promise.resolve();
    const next = previous
      .then(change)
      .then(() => this.sync(doctorId))
      .catch((error: unknown) => this.logger.error({ err: error, doctorId }, 'presence update failed'))
      .finally(() => {
        if (this.chains.get(doctorId) === next) {
          this.chains.delete(doctorId);
        }
      });
    this.chains.set(doctorId, next);
  }

  /** Makes the stored flag follow the live count and announces a change. */
  private async sync(doctorId: string): Promise<void> {
    for (let round = 0; round < MAX_SYNC_ROUNDS; round += 1) {
      const online = (await this.counter.count(doctorId)) > 0;
      const changed = await this.records.setOnline(doctorId, online);
      if (!changed) {
        return;
      }
      this.delivery.presence(changed);
      // Another instance may have moved the count while this one wrote; if so, go round once more.
      if ((await this.counter.count(doctorId)) > 0 === online) {
        return;
      }
    }
  }
}
