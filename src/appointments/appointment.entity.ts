import type { AppointmentStatus } from '@app/contracts';
import { Column, DeleteDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { DoctorEntity } from '../doctors/doctor.entity';
import { PatientEntity } from '../patients/patient.entity';

/**
 * The database is the guarantee against double booking: two partial exclusion constraints for every slot-holding
 * status (all but `cancelled`) of appointments not deleted: the doctor's over the range the appointment blocks (its
 * half-open interval widened by its buffers, `blocked_from`/`blocked_to`), the patient's over the bare
 * `tstzrange(starts_at, ends_at, '[)')`. The migrations declare the same constraints.
 */
@Entity('appointments')
@Exclusion(
  'ex_appointments_doctor_overlap',
  `USING gist ("doctor_id" WITH =, tstzrange(COALESCE("blocked_from", "starts_at"), COALESCE("blocked_to", "ends_at"), '[)') WITH &&) WHERE ("status" <> 'cancelled' AND "deleted_at" IS NULL)`,
)
@Exclusion(
  'ex_appointments_patient_overlap',
  `USING gist ("patient_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" <> 'cancelled' AND "deleted_at" IS NULL)`,
)
@Index('ix_appointments_doctor_starts', ['doctorId', 'startsAt'])
@Index('ix_appointments_patient_starts', ['patientId', 'startsAt'])
@Index('ix_appointments_starts', ['startsAt'])
export class AppointmentEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  patientId!: string;

  /** Joined only for reads (the foreign key itself lives in the migration). */
  @ManyToOne(() => PatientEntity, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'patient_id' })
  patient?: Relation<PatientEntity>;

  @Column({ type: 'uuid' })
  doctorId!: string;

  @ManyToOne(() => DoctorEntity, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'doctor_id' })
  doctor?: Relation<DoctorEntity>;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'integer' })
  durationMinutes!: number;

  @Column({ type: 'text', default: 'pending' })
  status!: AppointmentStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'text', nullable: true })
  cancellationReason!: string | null;

  /** The user who cancelled it. */
  @Column({ type: 'uuid', nullable: true })
  cancelledBy!: string | null;

  /** Start of the range it blocks for its doctor (its start less the before-buffer); null: no buffer. */
  @Column({ type: 'timestamptz', nullable: true })
  blockedFrom!: Date | null;

  /** End of the range it blocks for its doctor (its end plus the after-buffer); null: no buffer. */
  @Column({ type: 'timestamptz', nullable: true })
  blockedTo!: Date | null;

  /** A patient cancelled it inside the doctor's cancellation window. */
  @Column({ type: 'boolean', default: false })
  lateCancellation!: boolean;

  /** The recurring series it was booked in, if any. */
  @Column({ type: 'uuid', nullable: true })
  seriesId!: string | null;

  /** The user who booked it. */
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt!: Date | null;
}
