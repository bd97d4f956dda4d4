import { Inject, Injectable } from '@nestjs/common';
import {
  APPOINTMENT_DURATION,
  type Appointment,
  type BookedSeries,
  type ErrorCode,
  type OccurrenceErrorDetail,
  type Recurrence,
} from '@app/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AccessPolicy, notFound } from '../access/access-policy';
import { AppError } from '../common/errors/app-error';
import type { DomainEvent, RecordedEvent } from '../common/domain-events';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { KeyClaim, Keyed } from '../idempotency/idempotency';
import { IdempotencyKeysRepository } from '../idempotency/idempotency-keys.repository';
import { runUnderClaim, type KeyedOutcome } from '../idempotency/under-claim';
import { DomainEventPublisher } from '../outbox/domain-event-publisher';
import { outboxRowOf } from '../outbox/outbox.repository';
import {
  blockedRangeOf,
  insideCancellationWindow,
  policyOrDefault,
  timeReasons,
  type Interval,
} from '../scheduling/booking-policy';
import { BookingPolicyRepository } from '../scheduling/booking-policy.repository';
import { audienceOf, toAppointmentResponse } from './appointment.mapper';
import { findTransition } from './appointment-transitions';
import { AppointmentsRepository } from './appointments.repository';
import {
  BookingRepository,
  SeriesBookingRepository,
  type BookingTarget,
  type SeriesOccurrence,
} from './booking.repository';
import {
  bookingLimitReached,
  bookingPartiesOf,
  endOf,
  refusalOfReason,
  subjectOf,
  type BookingFacts,
  type BookingParties,
} from './booking-rules';
import type { BookSeriesDto, CancelSeriesDto } from './dto/series.dto';
import { occurrenceStarts } from './series-occurrences';

/** The route a key's request hash is taken with. */
export const SERIES_ROUTE = 'POST /appointments/series';

/** A series request with its defaults applied and its time read as an instant. */
export interface SeriesRequest {
  doctorId: string;
  patientId: string | null;
  startsAt: Date;
  durationMinutes: number;
  reason: string | null;
  recurrence: Recurrence;
}

export function seriesRequestOf(dto: BookSeriesDto): SeriesRequest {
  return {
    doctorId: dto.doctorId,
    patientId: dto.patientId ?? null,
    startsAt: new Date(dto.startsAt),
    durationMinutes: dto.durationMinutes ?? APPOINTMENT_DURATION.default,
    reason: dto.reason ?? null,
    recurrence: {
      frequency: dto.recurrence.frequency,
      interval: dto.recurrence.interval,
      count: dto.recurrence.count,
    },
  };
}

/** The request as its key's hash sees it (plain JSON values). */
export function hashedSeriesRequest(request: SeriesRequest): Record<string, unknown> {
  return { ...request, startsAt: request.startsAt.toISOString(), recurrence: { ...request.recurrence } };
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * An instant after the series' last end whatever the time zone does (one day beyond its last local day): the facts
 * statement reads the doctor's time off up to it, before the doctor's zone (and so the occurrences) is known.
 */
function seriesEndBound(request: SeriesRequest): Date {
  const { frequency, interval, count } = request.recurrence;
  const days = (count - 1) * interval * (frequency === 'daily' ? 1 : 7) + 1;
  return new Date(endOf(request.startsAt, request.durationMinutes).getTime() + days * DAY_MS);
}

const overlaps = (a: Interval, b: Interval) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/**
 * The series' refusal: every failing occurrence in `details`. Only overlaps → 409 `APPOINTMENT_CONFLICT`; any
 * occurrence failing a rule → 422 with the code of the first such occurrence (a single booking reports the time rules
 * and the limit before overlaps, and so does a series), the overlaps listed beside it.
 */
export function seriesRefusal(failures: OccurrenceErrorDetail[], count: number): AppError {
  const rule = failures.find((failure) => failure.code !== 'APPOINTMENT_CONFLICT');
  const message = `${failures.length} of ${count} occurrences cannot be booked; nothing was booked`;
  return new AppError(rule ? rule.code : 'APPOINTMENT_CONFLICT', message, failures);
}

/** What the request ends with, and the events of the booking it made (published after commit). */
type Outcome = KeyedOutcome<BookedSeries, RecordedEvent<'appointment.created'>[]>;

/**
 * Recurring series: all occurrences booked in one transaction, or none. The transaction takes the same locks in the
 * same order as a single booking (the patient's, then the doctor's, with the facts statement of `BookingRepository`),
 * reads what blocks every occurrence in one statement, refuses with every failing occurrence listed, and inserts all
 * occurrences (with their outbox rows) in one statement. The exclusion constraints stay the last word: an overlap
 * that got past the read fails the insert and rolls everything back (409).
 */
@Injectable()
export class AppointmentSeriesService {
  constructor(
    private readonly writer: BookingRepository,
    private readonly series: SeriesBookingRepository,
    private readonly appointments: AppointmentsRepository,
    private readonly policies: BookingPolicyRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: IdempotencyKeysRepository,
    private readonly events: DomainEventPublisher,
    private readonly access: AccessPolicy,
  ) {}

  async bookSeries(actor: Actor, request: SeriesRequest, claim: KeyClaim | null): Promise<Keyed<BookedSeries>> {
    const outcome = claim === null ? await this.book(actor, request) : await this.bookOnce(actor, request, claim);
    if ('refused' in outcome) {
      throw outcome.refused;
    }
    if (outcome.effects.length > 0) {
      this.events.publish(...outcome.effects);
    }
    return outcome.result;
  }

  private async book(actor: Actor, request: SeriesRequest): Promise<Outcome> {
    const parties = this.partiesFor(actor, request);
    if (parties instanceof AppError) {
      throw parties;
    }
    return this.writer.transaction(async (em): Promise<Outcome> => {
      const facts = await this.writer.lockPatientAndReadFacts(em, this.targetOf(request, parties));
      const { series, booked } = await this.insert(em, actor, request, facts, null);
      return { result: { value: series }, effects: booked };
    });
  }

  /** With a key: as `AppointmentBookingService` does it (claim, book, store the answer, all in one transaction). */
  private async bookOnce(actor: Actor, request: SeriesRequest, claim: KeyClaim): Promise<Outcome> {
    const parties = this.partiesFor(actor, request);
    const target: BookingTarget =
      parties instanceof AppError
        ? { patientId: null, doctorId: null, startsAt: request.startsAt, endsAt: request.startsAt }
        : this.targetOf(request, parties);
    return this.writer.transaction(async (em): Promise<Outcome> => {
      const state = await this.writer.claimKeyAndReadFacts(em, target, claim);
      return runUnderClaim(this.keys, em, claim, state, [], async () => {
        if (parties instanceof AppError) {
          throw parties;
        }
        const { series, booked } = await this.insert(em, actor, request, state.facts, claim);
        return { value: series, effects: booked };
      });
    });
  }

  /** Under the locks: the rules for every occurrence, then every occurrence in one insert, or a refusal. */
  private async insert(
    em: EntityManager,
    actor: Actor,
    request: SeriesRequest,
    facts: BookingFacts,
    claim: KeyClaim | null,
  ): Promise<{ series: BookedSeries; booked: RecordedEvent<'appointment.created'>[] }> {
    const { patient, doctor } = facts;
    if (!patient) {
      throw notFound('patient');
    }
    if (!doctor) {
      throw notFound('doctor');
    }
    const occurrences: SeriesOccurrence[] = occurrenceStarts(
      request.startsAt,
      doctor.hours.timezone,
      request.recurrence,
    ).map((startsAt) => {
      const interval = { startsAt, endsAt: endOf(startsAt, request.durationMinutes) };
      return { ...interval, blocked: blockedRangeOf(interval, doctor.policy) };
    });
    const occupancy = await this.series.readOccupancy(em, patient.id, doctor.id, occurrences);
    const max = this.config.maxActiveBookingsPerPatient;
    const subject = subjectOf(actor);
    const failures: OccurrenceErrorDetail[] = [];
    occurrences.forEach((occurrence, index) => {
      const [first] = timeReasons(occurrence, {
        now: facts.now,
        hours: doctor.hours,
        policy: doctor.policy,
        timeOff: facts.timeOff.filter((off) => overlaps(off, occurrence)),
        subject,
      });
      let refusal: AppError | null = first ? refusalOfReason(first, max) : null;
      // Patients: the series counts against the booking limit, occurrence by occurrence; staff-booked series do not.
      if (!refusal && subject === 'patient' && occupancy.active + index + 1 > max) {
        refusal = bookingLimitReached(max);
      }
      if (!refusal && (occupancy.booked[index] || occupancy.own[index] || occupancy.held[index])) {
        refusal = new AppError('APPOINTMENT_CONFLICT', 'The time overlaps another appointment or a hold');
      }
      if (refusal) {
        failures.push(detailOf(index, occurrence.startsAt, refusal.code, refusal.message));
      }
    });
    if (failures.length > 0) {
      throw seriesRefusal(failures, occurrences.length);
    }

    const seriesId = randomUUID();
    const createdAt = facts.now.toISOString();
    const appointments: Appointment[] = occurrences.map((occurrence) => ({
      id: randomUUID(),
      patientId: patient.id,
      doctorId: doctor.id,
      startsAt: occurrence.startsAt.toISOString(),
      endsAt: occurrence.endsAt.toISOString(),
      durationMinutes: request.durationMinutes,
      status: doctor.policy.autoConfirm ? 'confirmed' : 'pending',
      reason: request.reason,
      notes: null,
      cancellationReason: null,
      cancelledBy: null,
      lateCancellation: false,
      seriesId,
      createdAt,
      updatedAt: createdAt,
      patient: { id: patient.id, fullName: patient.fullName },
      doctor: { id: doctor.id, fullName: doctor.fullName, specialization: doctor.specialization },
    }));
    const events = appointments.map((appointment, index) =>
      this.events.stamp({
        name: 'appointment.created',
        payload: { appointment },
        recipientUserIds: [patient.userId, doctor.userId],
        doctorTimezone: doctor.hours.timezone,
        slots: {
          from: occurrences[index].blocked.startsAt.toISOString(),
          to: occurrences[index].blocked.endsAt.toISOString(),
        },
      }),
    );
    const series: BookedSeries = { seriesId, appointments };
    const inserted = await this.series.insertSeries(
      em,
      { seriesId, appointments, blocked: occurrences.map((o) => o.blocked), createdBy: actor.userId },
      claim ? { userId: claim.userId, key: claim.key, body: series } : null,
      events.map(outboxRowOf),
    );
    if (inserted !== appointments.length) {
      // Cannot happen (the insert fails as a whole), but nothing partial may ever commit.
      throw new Error(`series insert wrote ${inserted} of ${appointments.length} rows`);
    }
    await this.events.recordWritten(em, ...events);
    return { series, booked: events };
  }

  /**
   * Cancels every `pending` or `confirmed` occurrence of the series starting at or after `from` (default now), as
   * cancelling each one would: the same roles, `lateCancellation` for a patient inside the doctor's cancellation
   * window, one `appointment.status_changed` each. A series with no occurrence the caller may see → 404
   * `SERIES_NOT_FOUND`.
   */
  async cancelSeries(actor: Actor, seriesId: string, dto: CancelSeriesDto): Promise<{ cancelled: number }> {
    const from = dto.from ? new Date(dto.from) : new Date();
    const recorded = await this.appointments.transaction(async (em) => {
      const all = await this.appointments.findSeries(seriesId, actor, em);
      if (all.length === 0) {
        throw notFound('series');
      }
      const row = findTransition('pending', 'cancelled');
      this.access.require(actor, 'appointment.move', { visible: true, to: 'cancelled', roles: row?.roles ?? [] });
      const targets = all.filter(
        (a) => (a.status === 'pending' || a.status === 'confirmed') && a.startsAt.getTime() >= from.getTime(),
      );
      if (targets.length === 0) {
        return [];
      }
      const now = new Date();
      const policy =
        actor.role === 'patient' ? policyOrDefault((await this.policies.find(targets[0].doctorId, em)).policy) : null;
      const ids = await this.appointments.cancelMany(
        em,
        targets.map((a) => ({
          id: a.id,
          expected: a.status,
          late: policy !== null && insideCancellationWindow(a.startsAt, now, policy),
        })),
        { reason: dto.reason ?? null, by: actor.userId },
      );
      const previous = new Map(targets.map((a) => [a.id, a.status]));
      const loaded = await this.appointments.findLoadedByIds(em, ids);
      const events = loaded.map((row): DomainEvent<'appointment.status_changed'> => {
        const appointment = toAppointmentResponse(row);
        return {
          name: 'appointment.status_changed',
          payload: {
            appointment,
            previousStatus: previous.get(row.id) ?? 'pending',
            status: appointment.status,
            changedBy: { id: actor.userId, role: actor.role },
          },
          ...audienceOf(row, { from: row.blocked.startsAt, to: row.blocked.endsAt }),
        };
      });
      return this.events.recordAll(em, events);
    });
    if (recorded.length > 0) {
      this.events.publish(...recorded);
    }
    return { cancelled: recorded.length };
  }

  private partiesFor(actor: Actor, request: SeriesRequest): BookingParties | AppError {
    return this.access.refusal(actor, 'appointment.book', request) ?? bookingPartiesOf(actor, request);
  }

  private targetOf(request: SeriesRequest, parties: BookingParties): BookingTarget {
    return { ...parties, startsAt: request.startsAt, endsAt: seriesEndBound(request), holdId: null };
  }
}

function detailOf(index: number, startsAt: Date, code: ErrorCode, message: string): OccurrenceErrorDetail {
  return { occurrence: index + 1, startsAt: startsAt.toISOString(), code, message };
}
