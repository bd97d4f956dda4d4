import { Inject, Injectable } from '@nestjs/common';
import { APPOINTMENT_DURATION, type Appointment } from '@app/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AccessPolicy } from '../access/access-policy';
import { AppError } from '../common/errors/app-error';
import { APPOINTMENT_CONFLICT_MESSAGE } from '../common/errors/error-response';
import type { RecordedEvent } from '../common/domain-events';
import type { KeyClaim, Keyed } from '../idempotency/idempotency';
import { IdempotencyKeysRepository } from '../idempotency/idempotency-keys.repository';
import { runUnderClaim, type KeyedOutcome } from '../idempotency/under-claim';
import { DomainEventPublisher } from '../outbox/domain-event-publisher';
import { outboxRowOf } from '../outbox/outbox.repository';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { BookingRepository, type BookingTarget } from './booking.repository';
import { blockedRangeOf } from '../scheduling/booking-policy';
import {
  assertBookingFacts,
  assertHoldMatches,
  bookingLimitReached,
  bookingPartiesOf,
  type BookingParties,
  endOf,
  subjectOf,
  type BookingFacts,
} from './booking-rules';
import type { BookAppointmentDto } from './dto/book-appointment.dto';

/** The route a key's request hash is taken with. */
export const BOOKING_ROUTE = 'POST /appointments';

/** A booking request with its defaults applied and its time read as an instant. */
export interface BookingRequest {
  doctorId: string;
  patientId: string | null;
  startsAt: Date;
  durationMinutes: number;
  reason: string | null;
  /** The caller's hold this booking turns into the appointment (`holdId`), if any. */
  holdId: string | null;
}

/** A new appointment and its recorded `appointment.created`, published once the booking has committed. */
interface Booked {
  appointment: Appointment;
  event: RecordedEvent<'appointment.created'>;
}

/** What the request ends with, and the booking when this request made one (its event goes out after commit). */
type Outcome = KeyedOutcome<Appointment, Booked | null>;

/** A booking request as the API takes it, with the contract's defaults applied. */
export function bookingRequestOf(dto: BookAppointmentDto): BookingRequest {
  return {
    doctorId: dto.doctorId,
    patientId: dto.patientId ?? null,
    startsAt: new Date(dto.startsAt),
    durationMinutes: dto.durationMinutes ?? APPOINTMENT_DURATION.default,
    reason: dto.reason ?? null,
    holdId: dto.holdId ?? null,
  };
}

/** The request as its key's hash sees it (plain JSON values). */
export function hashedBookingRequest(request: BookingRequest): Record<string, unknown> {
  // Without a hold the hash is what it was before holds existed, so keys stored then still replay.
  const { holdId, ...rest } = request;
  return { ...rest, startsAt: request.startsAt.toISOString(), ...(holdId === null ? {} : { holdId }) };
}

@Injectable()
export class AppointmentBookingService {
  constructor(
    private readonly writer: BookingRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: IdempotencyKeysRepository,
    private readonly events: DomainEventPublisher,
    private readonly access: AccessPolicy,
  ) {}

  /**
   * Books an appointment. With a key (`claim`), the first answer to this user's key (a success or a client error) is
   * stored and any repeat within 24 h gets it back (`replay`) without booking again; a refusal is stored as the
   * claim renders it and then thrown.
   */
  async bookAppointment(actor: Actor, request: BookingRequest, claim: KeyClaim | null): Promise<Keyed<Appointment>> {
    const outcome = claim === null ? await this.book(actor, request) : await this.bookOnce(actor, request, claim);
    if ('refused' in outcome) {
      throw outcome.refused;
    }
    if (outcome.effects) {
      this.events.publish(outcome.effects.event);
    }
    return outcome.result;
  }

  /** Without a key: refusals are thrown (and answered by the global filter). */
  private async book(actor: Actor, request: BookingRequest): Promise<Outcome> {
    const parties = this.partiesFor(actor, request);
    if (parties instanceof AppError) {
      throw parties;
    }
    const target = this.targetOf(request, parties);
    const booked = await this.writer.transaction(async (em) => {
      const facts = await this.writer.lockPatientAndReadFacts(em, target);
      return this.insert(em, actor, request, facts, null);
    });
    return { result: { value: booked.appointment }, effects: booked };
  }

  /**
   * With a key, one transaction: claim the key, then book, and store the answer, a client error included, before
   * commit. A server error rolls back the claim with the rest, so a retry runs again. Not-our-key answers (in use,
   * reused, replay) store nothing.
   */
  private async bookOnce(actor: Actor, request: BookingRequest, claim: KeyClaim): Promise<Outcome> {
    const parties = this.partiesFor(actor, request);
    const target: BookingTarget =
      parties instanceof AppError
        ? { patientId: null, doctorId: null, startsAt: request.startsAt, endsAt: this.endOf(request) }
        : this.targetOf(request, parties);
    return this.writer.transaction(async (em): Promise<Outcome> => {
      const state = await this.writer.claimKeyAndReadFacts(em, target, claim);
      return runUnderClaim(this.keys, em, claim, state, null, async () => {
        if (parties instanceof AppError) {
          throw parties;
        }
        const booked = await this.insert(em, actor, request, state.facts, claim);
        return { value: booked.appointment, effects: booked };
      });
    });
  }

  /**
   * The rules in the contract's order on the facts read, then the insert, which itself refuses the booking limit
   * and overlaps (the exclusion constraints hold under any concurrency). With a claimed key, the insert stores
   * the 201 answer too.
   */
  private async insert(
    em: EntityManager,
    actor: Actor,
    request: BookingRequest,
    facts: BookingFacts,
    claim: KeyClaim | null,
  ): Promise<Booked> {
    const endsAt = this.endOf(request);
    const interval = { startsAt: request.startsAt, endsAt };
    const max = this.config.maxActiveBookingsPerPatient;
    if (facts.patient && facts.doctor && request.holdId !== null) {
      assertHoldMatches(facts.hold, {
        patientId: facts.patient.id,
        doctorId: facts.doctor.id,
        startsAt: request.startsAt,
        durationMinutes: request.durationMinutes,
      });
    }
    const { patient, doctor } = assertBookingFacts(facts, interval, subjectOf(actor), max);
    const blocked = blockedRangeOf(interval, doctor.policy);
    const createdAt = facts.now.toISOString();
    const appointment: Appointment = {
      id: randomUUID(),
      patientId: patient.id,
      doctorId: doctor.id,
      startsAt: request.startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      durationMinutes: request.durationMinutes,
      status: doctor.policy.autoConfirm ? 'confirmed' : 'pending',
      reason: request.reason,
      notes: null,
      cancellationReason: null,
      cancelledBy: null,
      lateCancellation: false,
      seriesId: null,
      createdAt,
      updatedAt: createdAt,
      patient: { id: patient.id, fullName: patient.fullName },
      doctor: { id: doctor.id, fullName: doctor.fullName, specialization: doctor.specialization },
    };
    const event = this.events.stamp({
      name: 'appointment.created',
      payload: { appointment },
      recipientUserIds: [patient.userId, doctor.userId],
      doctorTimezone: doctor.hours.timezone,
      slots: { from: blocked.startsAt.toISOString(), to: blocked.endsAt.toISOString() },
      ...(request.holdId === null ? {} : { consumedHoldId: request.holdId }),
    });
    const booking = { appointment, createdBy: actor.userId, blocked, holdId: request.holdId };
    const result = await this.writer.insertBooking(em, booking, max, claim, outboxRowOf(event));
    if (!result.inserted) {
      throw result.active >= max
        ? bookingLimitReached(max)
        : new AppError('APPOINTMENT_CONFLICT', APPOINTMENT_CONFLICT_MESSAGE);
    }
    await this.events.recordWritten(em, event);
    return { appointment, event };
  }

  /** Who may book whom (the access policy), and whom: a patient themself; a doctor or an admin names the patient. */
  private partiesFor(actor: Actor, request: BookingRequest): BookingParties | AppError {
    return this.access.refusal(actor, 'appointment.book', request) ?? bookingPartiesOf(actor, request);
  }

  private targetOf(request: BookingRequest, parties: BookingParties): BookingTarget {
    return { ...parties, startsAt: request.startsAt, endsAt: this.endOf(request), holdId: request.holdId };
  }

  private endOf(request: BookingRequest): Date {
    return endOf(request.startsAt, request.durationMinutes);
  }
}
