import { Inject, Injectable } from '@nestjs/common';
import { EDITABLE_STATUSES, type Appointment, type AppointmentStatus } from '@app/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AccessPolicy, notFound } from '../access/access-policy';
import { AppError } from '../common/errors/app-error';
import type { DomainEvent } from '../common/domain-events';
import { DomainEventPublisher } from '../outbox/domain-event-publisher';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { audienceOf, toAppointmentResponse, type LoadedAppointment } from './appointment.mapper';
import { AppointmentsRepository, type EditableFields } from './appointments.repository';
import { BookingRepository } from './booking.repository';
import { assertBelowBookingLimit, assertBookingFacts, endOf } from './booking-rules';
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
      if (changes.includes('startsAt') || changes.includes('endsAt')) {
        await this.assertReschedulable(em, current, next);
      }
      if (!(await this.appointments.updateFields(em, id, current.status, next))) {
        throw notEditable(null);
      }
      const loaded = await this.appointments.findLoaded(id, undefined, em);
      if (!loaded) {
        throw notEditable(null);
      }
      const updated: DomainEvent<'appointment.updated'> = {
        name: 'appointment.updated',
        payload: { appointment: toAppointmentResponse(loaded), changes },
        ...audienceOf(loaded),
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
        ...audienceOf(current),
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
   * A new time is a booking of the same parties: the booking's own statement (the patient's lock and every fact)
   * and its rules in its order: both parties still active (404 otherwise, as for a booking), in the future, within
   * working hours, outside time off. Moving a lapsed appointment into the future makes it count against the booking
   * limit again; that count runs after the lock, in its own statement.
   */
  private async assertReschedulable(em: EntityManager, current: LoadedAppointment, next: EditableFields) {
    const target = { patientId: current.patientId, doctorId: current.doctorId, ...next };
    assertBookingFacts(await this.booking.lockPatientAndReadFacts(em, target), next.startsAt, next.endsAt);
    if (current.startsAt.getTime() <= Date.now()) {
      const active = await this.booking.countActiveBookings(em, current.patientId);
      assertBelowBookingLimit(active, this.config.maxActiveBookingsPerPatient);
    }
  }
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
