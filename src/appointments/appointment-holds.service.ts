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

/** One patient a waitlist may offer an interval to, as a hold (see `offerHold`). */
export interface OfferCandidate<T> {
  patientId: string;
  startsAt: Date;
  durationMinutes: number;
  /** The caller's own (the waitlist entry), handed back with the hold of the candidate that got it. */
  ref: T;
}

/** A hold made for a waitlist offer, and the patient's user (the offer's recipient). */
export interface OfferedHold<T> {
  ref: T;
  hold: Hold;
  patientUserId: string;
  doctorTimezone: string;
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

  /**
   * A waitlist offer, inside the caller's transaction (a job's): the candidates' patients' locks, then the doctor's
   * (the order every writer takes them in), then, candidate by candidate, `stillWanted` (the caller's own re-check
   * under the locks) and the rules of a patient's hold (`assertBookingFacts` as the patient, then the insert that
   * refuses taken time and the booking limit). The first candidate whose hold goes in gets it, lasting `ttlSeconds`;
   * its `slots.changed` is recorded. A patient who keeps a hold (live, or expired and not yet announced) is passed
   * over: an offer never replaces a hold they are booking with. Null when no candidate could be offered the time.
   */
  async offerHold<T>(
    em: EntityManager,
    doctorId: string,
    candidates: readonly OfferCandidate<T>[],
    ttlSeconds: number,
    stillWanted: (candidate: OfferCandidate<T>) => Promise<boolean>,
  ): Promise<{ offered: OfferedHold<T>; changed: RecordedEvent<'slots.changed'> } | null> {
    if (candidates.length === 0) {
      return null;
    }
    await this.writer.lockPatientsThenDoctor(
      em,
      candidates.map((candidate) => candidate.patientId),
      doctorId,
    );
    const max = this.config.maxActiveBookingsPerPatient;
    for (const candidate of candidates) {
      if (!(await stillWanted(candidate))) {
        continue;
      }
      const interval = {
        startsAt: candidate.startsAt,
        endsAt: endOf(candidate.startsAt, candidate.durationMinutes),
      };
      const facts = await this.writer.lockPatientAndReadFacts(em, {
        patientId: candidate.patientId,
        doctorId,
        ...interval,
      });
      let checked: ReturnType<typeof assertBookingFacts>;
      try {
        checked = assertBookingFacts(facts, interval, 'patient', max);
      } catch (error) {
        if (error instanceof AppError) {
          continue; // the time or the patient cannot be booked (any more): the next candidate
        }
        throw error;
      }
      if (await this.writer.patientKeepsHold(em, candidate.patientId)) {
        continue;
      }
      const { patient, doctor } = checked;
      const blocked = blockedRangeOf(interval, doctor.policy);
      const id = randomUUID();
      const outcome = await this.writer.insertHold(
        em,
        { id, doctorId, patientId: patient.id, ...interval, durationMinutes: candidate.durationMinutes, blocked },
        ttlSeconds,
        max,
      );
      if (outcome.expiresAt === null) {
        continue;
      }
      const hold: Hold = {
        id,
        doctorId,
        patientId: patient.id,
        startsAt: interval.startsAt.toISOString(),
        endsAt: interval.endsAt.toISOString(),
        expiresAt: outcome.expiresAt.toISOString(),
      };
      return {
        offered: { ref: candidate.ref, hold, patientUserId: patient.userId, doctorTimezone: doctor.hours.timezone },
        changed: await this.slotsChanged(em, doctorId, blocked),
      };
    }
    return null;
  }

  /**
   * Inside the caller's transaction: the patient's lock, so a change to what the patient holds (a waitlist entry's
   * offer) is serialised with their bookings and holds, which take it first too.
   */
  lockPatient(em: EntityManager, patientId: string): Promise<void> {
    return this.writer.lockPatient(em, patientId);
  }

  /**
   * Inside the caller's transaction: deletes a waitlist offer's hold (the entry was cancelled), and records
   * `slots.changed` for its time when it still blocked (or its expiry was never announced). Null when it is gone.
   */
  async releaseOfferHold(
    em: EntityManager,
    holdId: string,
    patientId: string,
  ): Promise<RecordedEvent<'slots.changed'> | null> {
    const removed = await this.writer.releaseHold(em, holdId, patientId);
    return removed?.wasLive ? this.slotsChanged(em, removed.doctorId, removed.blocked) : null;
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
      // All of them at once: one outbox statement, each in-transaction listener once (not side by side on `em`).
      return this.events.recordAll(
        em,
        expired.map((hold: RemovedHold) => ({
          name: 'slots.changed' as const,
          payload: {
            doctorId: hold.doctorId,
            from: hold.blocked.startsAt.toISOString(),
            to: hold.blocked.endsAt.toISOString(),
          },
        })),
      );
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
