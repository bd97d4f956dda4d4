import { Inject, Injectable } from '@nestjs/common';
import { EDITABLE_STATUSES, type Appointment, type AppointmentStatus } from '@app/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AccessPolicy, notFound } from '../access/access-policy';
import { AppError } from '../common/errors/app-error';
import type { DomainEvent } from '../common/domain-events';
import { DomainEventPublisher } from '../outbox/domain-event-publisher';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { APPOINTMENT_CONFLICT_MESSAGE } from '../common/errors/error-response';
import { insideCancellationWindow } from '../scheduling/booking-policy';
import { audienceOf, blockedSlotsOf, toAppointmentResponse, type LoadedAppointment } from './appointment.mapper';
import { AppointmentsRepository, type EditableFields, type TimeMove } from './appointments.repository';
import { BookingRepository } from './booking.repository';
import { assertBelowBookingLimit, assertBookingFacts, endOf, subjectOf } from './booking-rules';
import type { UpdateAppointmentDto } from './dto/update-appointment.dto';

@Injectable()
export class AppointmentEditingService {
  constructor(
    private readonly appointments: AppointmentsRepository,
    private readonly booking: BookingRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: DomainEventPublisher,
    private readonly access: AccessPolicy,
  ) {}

  /**
   * Reschedules or edits a pending or confirmed appointment (parties and admin). A new time follows the booking
   * rules (future, working hours, no overlap: the exclusion constraints); the write is a compare-and-swap on the
   * status read, so it cannot land on an appointment that was cancelled or started meanwhile.
   */
  async updateAppointment(actor: Actor, id: string, dto: UpdateAppointmentDto): Promise<Appointment> {
    const writesNotes = dto.notes !== undefined;
    const outcome = await this.appointments.transaction(async (em) => {
      const current = this.access.requireFound(
        actor,
        'appointment.edit',
        await this.appointments.findLoaded(id, actor, em),
        { writesNotes },
      );
      if (!EDITABLE_STATUSES.includes(current.status)) {
        throw notEditable(current.status);
      }
      const next = this.nextFields(current, dto);
      const changes = (Object.keys(next) as (keyof EditableFields)[]).filter(
        (field) => !sameValue(current[field], next[field]),
      );
      if (changes.length === 0) {
        return { appointment: toAppointmentResponse(current), changes, event: null };
      }
      const moves = changes.includes('startsAt') || changes.includes('endsAt');
      const move = moves ? await this.assertReschedulable(em, actor, current, next) : null;
      const written = await this.appointments.updateFields(em, id, current.status, next, move);
      if (written.held) {
        throw new AppError('APPOINTMENT_CONFLICT', APPOINTMENT_CONFLICT_MESSAGE);
      }
      if (!written.updated) {
        throw notEditable(null);
      }
      const loaded = await this.appointments.findLoaded(id, undefined, em);
      if (!loaded) {
        throw notEditable(null);
      }
      const updated: DomainEvent<'appointment.updated'> = {
        name: 'appointment.updated',
        payload: { appointment: toAppointmentResponse(loaded), changes },
        ...audienceOf(loaded, move ? spanOf(current.blocked, move.blocked) : undefined),
      };
      return { appointment: updated.payload.appointment, changes, event: await this.events.record(em, updated) };
    });
    if (outcome.event) {
      this.events.publish(outcome.event);
    }
    return outcome.appointment;
  }

  /**
   * Soft-deletes (admin): the appointment leaves every list and read, and its slot is free again. Raises
   * `appointment.deleted` with the appointment as it was, so both parties' screens drop it.
   */
  async deleteAppointment(actor: Actor, id: string): Promise<void> {
    const deleted = await this.appointments.transaction(async (em) => {
      const current = this.access.requireFound(
        actor,
        'appointment.delete',
        await this.appointments.findLoaded(id, actor, em),
        {},
      );
      if (!(await this.appointments.softDelete(em, id))) {
        throw notFound('appointment');
      }
      return this.events.record(em, {
        name: 'appointment.deleted',
        payload: { appointment: toAppointmentResponse(current) },
        ...audienceOf(current, blockedSlotsOf(current)),
      });
    });
    this.events.publish(deleted);
  }

  private nextFields(current: LoadedAppointment, dto: UpdateAppointmentDto): EditableFields {
    const startsAt = dto.startsAt !== undefined ? new Date(dto.startsAt) : current.startsAt;
    const durationMinutes = dto.durationMinutes ?? current.durationMinutes;
    return {
      startsAt,
      endsAt: endOf(startsAt, durationMinutes),
      durationMinutes,
      reason: dto.reason !== undefined ? dto.reason : current.reason,
      notes: dto.notes !== undefined ? dto.notes : current.notes,
    };
  }

  /**
   * A new time is a booking of the same parties: the booking's own statement (the patient's and the doctor's locks and
   * every fact) and its rules in its order: both parties still active (404 otherwise, as for a booking), then for a
   * patient the cancellation window (422 `RESCHEDULE_WINDOW_PASSED`, counted back from the current start), then the
   * time rules (in the future; for a patient notice and horizon; working hours; time off). Moving a lapsed
   * appointment into the future makes it count against the booking limit again; that count runs after the lock, in
   * its own statement. The appointment keeps the buffers it was booked with: its blocked range moves with it.
   */
  private async assertReschedulable(
    em: EntityManager,
    actor: Actor,
    current: LoadedAppointment,
    next: EditableFields,
  ): Promise<TimeMove> {
    const target = { patientId: current.patientId, doctorId: current.doctorId, ...next };
    const facts = await this.booking.lockPatientAndReadFacts(em, target);
    const subject = subjectOf(actor);
    const max = this.config.maxActiveBookingsPerPatient;
    if (subject === 'patient' && facts.doctor && facts.patient) {
      if (insideCancellationWindow(current.startsAt, facts.now, facts.doctor.policy)) {
        throw new AppError(
          'RESCHEDULE_WINDOW_PASSED',
          `This appointment can no longer be moved: the doctor takes changes up to ${facts.doctor.policy.cancellationWindowHours} hours before the start`,
        );
      }
    }
    assertBookingFacts(facts, { startsAt: next.startsAt, endsAt: next.endsAt }, subject, max);
    if (current.startsAt.getTime() <= Date.now()) {
      const active = await this.booking.countActiveBookings(em, current.patientId);
      assertBelowBookingLimit(active, max);
    }
    return {
      blocked: {
        startsAt: new Date(next.startsAt.getTime() - (current.startsAt.getTime() - current.blocked.startsAt.getTime())),
        endsAt: new Date(next.endsAt.getTime() + (current.blocked.endsAt.getTime() - current.endsAt.getTime())),
      },
      patientId: current.patientId,
      doctorId: current.doctorId,
    };
  }
}

/** The smallest range covering both: what a move freed and took. */
function spanOf(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): { from: Date; to: Date } {
  return {
    from: new Date(Math.min(a.startsAt.getTime(), b.startsAt.getTime())),
    to: new Date(Math.max(a.endsAt.getTime(), b.endsAt.getTime())),
  };
}

/** `status` null: it was editable when read but changed status before our write landed. */
function notEditable(status: AppointmentStatus | null): AppError {
  return new AppError(
    'INVALID_STATUS_TRANSITION',
    status
      ? `Only a pending or confirmed appointment can be changed; this one is ${status}`
      : 'The appointment changed status meanwhile; read it again',
  );
}

function sameValue(a: Date | string | number | null, b: Date | string | number | null): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}
