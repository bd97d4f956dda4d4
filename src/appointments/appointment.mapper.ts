import type { Appointment, AppointmentStatus } from '@app/contracts';

/** An appointment read with its patient's and doctor's names and user ids (see `loadAppointment`). */
export interface LoadedAppointment {
  id: string;
  patientId: string;
  doctorId: string;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  status: AppointmentStatus;
  reason: string | null;
  notes: string | null;
  cancellationReason: string | null;
  cancelledBy: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  patient: { id: string; userId: string; fullName: string };
  doctor: { id: string; userId: string; fullName: string; specialization: string };
}

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
