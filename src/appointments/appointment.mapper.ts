import type { Appointment } from '@app/contracts';
import type { DoctorEntity } from '../doctors/doctor.entity';
import type { PatientEntity } from '../patients/patient.entity';
import type { UserEntity } from '../users/user.entity';
import type { AppointmentEntity } from './appointment.entity';

/** An appointment read with its patient's and doctor's names (see `appointmentReads`). */
export type LoadedAppointment = AppointmentEntity & {
  patient: PatientEntity & { user: UserEntity };
  doctor: DoctorEntity & { user: UserEntity };
};

export function isLoaded(entity: AppointmentEntity): entity is LoadedAppointment {
  return entity.patient?.user !== undefined && entity.doctor?.user !== undefined;
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
    patient: { id: a.patient.id, fullName: a.patient.user.fullName },
    doctor: { id: a.doctor.id, fullName: a.doctor.user.fullName, specialization: a.doctor.specialization },
  };
}

/** The users an appointment event concerns: its patient and its doctor, never anyone else. */
export function recipientsOf(a: LoadedAppointment): string[] {
  return [a.patient.user.id, a.doctor.user.id];
}
