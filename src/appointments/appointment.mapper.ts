import type { Appointment } from '@app/contracts';
import type { EventAudience } from '../common/domain-events';

type Instants = 'startsAt' | 'endsAt' | 'createdAt' | 'updatedAt';

/**
 * An appointment read with its parties (see `loadAppointment`): the API's `Appointment` with its instants as `Date`,
 * plus the parties' user ids (the recipients of its events) and the doctor's time zone (in which its texts give times).
 */
export type LoadedAppointment = Omit<Appointment, Instants | 'patient' | 'doctor'> &
  Record<Instants, Date> & {
    patient: Appointment['patient'] & { userId: string };
    doctor: Appointment['doctor'] & { userId: string; timezone: string };
    /** The range it blocks for its doctor (its interval widened by the buffers it was booked with). */
    blocked: { startsAt: Date; endsAt: Date };
  };

export function toAppointmentResponse(a: LoadedAppointment): Appointment {
  return {
    id: a.id,
    patientId: a.patientId,
    doctorId: a.doctorId,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    durationMinutes: a.durationMinutes,
    status: a.status,
    reason: a.reason,
    notes: a.notes,
    cancellationReason: a.cancellationReason,
    cancelledBy: a.cancelledBy,
    lateCancellation: a.lateCancellation,
    seriesId: a.seriesId,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    patient: { id: a.patient.id, fullName: a.patient.fullName },
    doctor: { id: a.doctor.id, fullName: a.doctor.fullName, specialization: a.doctor.specialization },
  };
}

/** The users an appointment event concerns: its patient and its doctor, never anyone else. */
export function audienceOf(a: LoadedAppointment, slots?: { from: Date; to: Date }): EventAudience {
  return {
    recipientUserIds: [a.patient.userId, a.doctor.userId],
    doctorTimezone: a.doctor.timezone,
    ...(slots ? { slots: { from: slots.from.toISOString(), to: slots.to.toISOString() } } : {}),
  };
}

/** The doctor's time an appointment blocks, as `audienceOf` takes it (a cancellation or deletion frees it). */
export function blockedSlotsOf(a: LoadedAppointment): { from: Date; to: Date } {
  return { from: a.blocked.startsAt, to: a.blocked.endsAt };
}
