import { Injectable, type INestApplicationContext } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppointmentStatus, MedicalRecordStatus, Role } from '@app/contracts';
import { DataSource } from 'typeorm';
import { AppointmentEntity } from '../appointments/appointment.entity';
import { DoctorEntity } from '../doctors/doctor.entity';
import { PatientEntity } from '../patients/patient.entity';
import { UserEntity } from '../users/user.entity';
import type { NewDoctorProfile } from '../doctors/doctor-profiles';
import type { NewPatientProfile } from '../patients/patient-profiles';

/** A demo account as the services need it: the caller they act as. */
export interface DemoAccount {
  email: string;
  userId: string;
  role: Role;
  patientId: string | null;
  doctorId: string | null;
  createdAt: Date;
}

export type NewDemoUser = Pick<UserEntity, 'id' | 'email' | 'passwordHash' | 'fullName' | 'role' | 'phone'>;

/** A visit of last week (or going on now), with the timestamps it would have had. */
export type PastAppointment = Pick<
  AppointmentEntity,
  | 'id'
  | 'patientId'
  | 'doctorId'
  | 'startsAt'
  | 'endsAt'
  | 'durationMinutes'
  | 'status'
  | 'reason'
  | 'notes'
  | 'cancellationReason'
  | 'cancelledBy'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
>;

export interface StoryState {
  /** Some time off or appointment of a demo doctor exists. */
  started: boolean;
  /** The story's last step, the admin's messages, is stored. */
  finished: boolean;
}

export interface DemoClinicCounts {
  doctors: number;
  specializations: number;
  timezones: number;
  timeOff: number;
  patients: number;
  appointments: Record<AppointmentStatus, number>;
  records: Record<MedicalRecordStatus, number>;
  notifications: { appointment: number; broadcast: number; message: number };
}

/** Marks the admin's direct messages of the demo; the last of them ends the story. */
export const DEMO_MESSAGE_SOURCE = 'demo-seed';

/**
 * The demo's own SQL: what the services cannot do for it. Accounts are inserted with one shared password hash
 * (registration would hash each one at the configured cost); visits that started before "now" are inserted as
 * they are (the booking service refuses a start in the past). Each write is one statement per table, inside one
 * transaction, and every row still meets the schema's CHECKs, foreign keys and exclusion constraints.
 *
 * Not a provider of the app's modules: the seeder makes one on the booted app with `of(app)`.
 */
@Injectable()
export class DemoClinicRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The repository on the database of a booted app. */
  static of(app: INestApplicationContext): DemoClinicRepository {
    return new DemoClinicRepository(app.get(DataSource));
  }

  async findAccounts(emails: readonly string[]): Promise<DemoAccount[]> {
    const rows: {
      email: string;
      id: string;
      role: Role;
      patient_id: string | null;
      doctor_id: string | null;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT u.email, u.id, u.role, p.id AS patient_id, d.id AS doctor_id, u.created_at
         FROM users u
         LEFT JOIN patients p ON p.user_id = u.id
         LEFT JOIN doctors d ON d.user_id = u.id
        WHERE u.email = ANY($1::text[])`,
      [emails],
    );
    return rows.map((row) => ({
      email: row.email,
      userId: row.id,
      role: row.role,
      patientId: row.patient_id,
      doctorId: row.doctor_id,
      createdAt: row.created_at,
    }));
  }

  /** Users and their profiles, all or nothing. */
  async createAccounts(
    users: NewDemoUser[],
    patients: NewPatientProfile[],
    doctors: NewDoctorProfile[],
  ): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      if (users.length > 0) {
        await em.insert(UserEntity, users);
      }
      if (patients.length > 0) {
        await em.insert(PatientEntity, patients);
      }
      if (doctors.length > 0) {
        await em.insert(DoctorEntity, doctors);
      }
    });
  }

  async storyState(doctorIds: readonly string[], userIds: readonly string[]): Promise<StoryState> {
    const [row]: StoryState[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM appointments WHERE doctor_id = ANY($1::uuid[]))
              OR EXISTS (SELECT 1 FROM doctor_time_off WHERE doctor_id = ANY($1::uuid[])) AS started,
              EXISTS (SELECT 1 FROM notifications
                       WHERE user_id = ANY($2::uuid[]) AND type = 'message' AND data->>'source' = $3) AS finished`,
      [doctorIds, userIds, DEMO_MESSAGE_SOURCE],
    );
    return row;
  }

  /** One multi-row INSERT; an overlap would fail it whole (the exclusion constraints), never half-write it. */
  async insertPastAppointments(appointments: PastAppointment[]): Promise<void> {
    if (appointments.length > 0) {
      await this.dataSource.transaction((em) => em.insert(AppointmentEntity, appointments));
    }
  }

  /** Records written during the seed take the time their visit ended, as if the doctor wrote them right after it. */
  async dateRecordsToTheirVisits(recordIds: readonly string[]): Promise<void> {
    if (recordIds.length > 0) {
      await this.dataSource.query(
        `UPDATE medical_records r SET created_at = a.ends_at, updated_at = a.ends_at
           FROM appointments a
          WHERE a.id = r.appointment_id AND r.id = ANY($1::uuid[])`,
        [recordIds],
      );
    }
  }

  /** What the demo accounts hold, read back from the database (so a second run reports the same). */
  async counts(
    doctorIds: readonly string[],
    patientIds: readonly string[],
    userIds: readonly string[],
  ): Promise<DemoClinicCounts> {
    const [totals]: {
      doctors: number;
      specializations: number;
      timezones: number;
      time_off: number;
      patients: number;
      appointment_notifications: number;
      broadcasts: number;
      messages: number;
    }[] = await this.dataSource.query(
      `SELECT count(*)::int AS doctors,
              count(DISTINCT specialization)::int AS specializations,
              count(DISTINCT timezone)::int AS timezones,
              (SELECT count(*)::int FROM doctor_time_off WHERE doctor_id = ANY($1::uuid[])) AS time_off,
              (SELECT count(*)::int FROM patients WHERE id = ANY($2::uuid[])) AS patients,
              (SELECT count(*)::int FROM notifications
                WHERE user_id = ANY($3::uuid[]) AND type LIKE 'appointment.%') AS appointment_notifications,
              (SELECT count(*)::int FROM notifications
                WHERE user_id = ANY($3::uuid[]) AND type = 'broadcast') AS broadcasts,
              (SELECT count(*)::int FROM notifications
                WHERE user_id = ANY($3::uuid[]) AND type = 'message') AS messages
         FROM doctors WHERE id = ANY($1::uuid[])`,
      [doctorIds, patientIds, userIds],
    );
    const byStatus: { status: AppointmentStatus; count: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM appointments
        WHERE doctor_id = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY status`,
      [doctorIds],
    );
    const records: { status: MedicalRecordStatus; count: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM medical_records WHERE doctor_id = ANY($1::uuid[]) GROUP BY status`,
      [doctorIds],
    );
    const appointments: Record<AppointmentStatus, number> = {
      pending: 0,
      confirmed: 0,
      in_progress: 0,
      completed: 0,
      cancelled: 0,
      no_show: 0,
    };
    for (const row of byStatus) {
      appointments[row.status] = row.count;
    }
    const recordCounts: Record<MedicalRecordStatus, number> = { active: 0, resolved: 0 };
    for (const row of records) {
      recordCounts[row.status] = row.count;
    }
    return {
      doctors: totals.doctors,
      specializations: totals.specializations,
      timezones: totals.timezones,
      timeOff: totals.time_off,
      patients: totals.patients,
      appointments,
      records: recordCounts,
      notifications: {
        appointment: totals.appointment_notifications,
        broadcast: totals.broadcasts,
        message: totals.messages,
      },
    };
  }
}
