import { Inject, Injectable } from '@nestjs/common';
import type { Hold } from '@app/contracts';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor';
import { AccessPolicy } from '../access/access-policy';
import { AppError } from '../common/errors/app-error';
import { APPOINTMENT_CONFLICT_MESSAGE } from '../common/errors/error-response';
import type { RecordedEvent } from '../common/domain-events';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainEventPublisher } from '../outbox/domain-event-publisher';
import { blockedRangeOf } from '../scheduling/booking-policy';
import { BookingRepository, type RemovedHold } from './booking.repository';
import { assertBookingFacts, bookingLimitReached, endOf } from './booking-rules';
import type { EntityManager } from 'typeorm';

export interface HoldRequest {
  doctorId: string;
  startsAt: Date;
  durationMinutes: number;
}

/**
 * Holds: a patient keeps an interval for `HOLD_TTL_SECONDS` while they confirm, and nobody else can book or hold it
 * meanwhile. A hold follows the booking's rules (the same facts statement and `assertBookingFacts`, then the same
 * overlap predicates), under the same locks (the patient's, then the doctor's), so of a hold and a booking of
 * overlapping time exactly one wins. A patient has at most one hold: a new one replaces the old. Holds are not
 * appointments: no list shows them and they raise no `appointment.*` event, only `slots.changed`.
 */
@Injectable()
export class AppointmentHoldsService {
  constructor(
    private readonly writer: BookingRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: DomainEventPublisher,
    private readonly access: AccessPolicy,
  ) {}

  async holdTime(actor: Actor, request: HoldRequest): Promise<Hold> {
    this.access.require(actor, 'hold.create', {});
    const patientId = actor.patientId!;
    const interval = { startsAt: request.startsAt, endsAt: endOf(request.startsAt, request.durationMinutes) };
    const max = this.config.maxActiveBookingsPerPatient;
    const { hold, changed } = await this.writer.transaction(async (em) => {
      const facts = await this.writer.lockPatientAndReadFacts(em, {
        patientId,
        doctorId: request.doctorId,
        ...interval,
      });
      const { doctor } = assertBookingFacts(facts, interval, 'patient', max);
      const blocked = blockedRangeOf(interval, doctor.policy);
      const replaced = await this.writer.removePatientHold(em, patientId);
      const id = randomUUID();
      const outcome = await this.writer.insertHold(
        em,
        { id, doctorId: doctor.id, patientId, ...interval, durationMinutes: request.durationMinutes, blocked },
        this.config.holdTtlSeconds,
        max,
      );
      if (outcome.expiresAt === null) {
        throw outcome.taken
          ? new AppError('APPOINTMENT_CONFLICT', APPOINTMENT_CONFLICT_MESSAGE)
          : bookingLimitReached(max);
      }
      const recorded = [await this.slotsChanged(em, doctor.id, blocked)];
      if (replaced?.wasLive) {
        recorded.push(await this.slotsChanged(em, replaced.doctorId, replaced.blocked));
      }
      const made: Hold = {
        id,
        doctorId: doctor.id,
        patientId,
        startsAt: interval.startsAt.toISOString(),
        endsAt: interval.endsAt.toISOString(),
        expiresAt: outcome.expiresAt.toISOString(),
      };
      return { hold: made, changed: recorded };
    });
    this.events.publish(...changed);
    return hold;
  }

  /** Releases the caller's hold (404 `HOLD_NOT_FOUND` for one that is not theirs or no longer exists). */
  async releaseHold(actor: Actor, holdId: string): Promise<void> {
    const changed = await this.writer.transaction(async (em) => {
      const removed = actor.patientId ? await this.writer.releaseHold(em, holdId, actor.patientId) : null;
      this.access.require(actor, 'hold.release', { visible: removed !== null });
      return removed?.wasLive ? [await this.slotsChanged(em, removed.doctorId, removed.blocked)] : [];
    });
    this.events.publish(...changed);
  }

  /** Announces the holds whose expiry has passed (any instance may; each hold once). Answers how many. */
  async noticeExpiredHolds(batch: number): Promise<number> {
    const changed = await this.writer.transaction(async (em) => {
      const expired = await this.writer.noticeExpiredHolds(em, batch);
      return Promise.all(expired.map((hold: RemovedHold) => this.slotsChanged(em, hold.doctorId, hold.blocked)));
    });
    this.events.publish(...changed);
    return changed.length;
  }

  private slotsChanged(
    em: EntityManager,
    doctorId: string,
    range: { startsAt: Date; endsAt: Date },
  ): Promise<RecordedEvent<'slots.changed'>> {
    return this.events.record(em, {
      name: 'slots.changed',
      payload: { doctorId, from: range.startsAt.toISOString(), to: range.endsAt.toISOString() },
    });
  }
}
