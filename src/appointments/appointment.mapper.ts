import type { Appointment } from '@app/contracts';

type Instants = 'startsAt' | 'endsAt' | 'createdAt' | 'updatedAt';

/**
 * An appointment read with its parties (see `loadAppointment`): the API's `Appointment` with its instants as `Date`,
 * plus the parties' user ids (the recipients of its events).
 */
export type LoadedAppointment = Omit<Appointment, Instants | 'patient' | 'doctor'> &
  Record<Instants, Date> & {
    patient: Appointment['patient'] & { userId: string };
    doctor: Appointment['doctor'] & { userId: string };
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
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    patient: { id: a.patient.id, fullName: a.patient.fullName },
    doctor: { id: a.doctor.id, fullName: a.doctor.fullName, specialization: a.doctor.specialization },
  };
}

/** The users an appointment event concerns: its patient and its doctor, never anyone else. */
export function recipientsOf(a: LoadedAppointment): string[] {
  return [a.patient.userId, a.doctor.userId];
}
