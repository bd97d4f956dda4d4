import type { MedicalRecordStatus } from '@app/contracts';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';

@Entity('medical_records')
@Index('ix_medical_records_patient', ['patientId', 'createdAt'])
@Index('ix_medical_records_doctor', ['doctorId'])
export class MedicalRecordEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  patientId!: string;

  /** The author. */
  @Column({ type: 'uuid' })
  doctorId!: string;

  @Column({ type: 'uuid', nullable: true })
  appointmentId!: string | null;

  @Column({ type: 'text' })
  diagnosis!: string;

  @Column({ type: 'text', nullable: true })
  icd10Code!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  prescriptions!: string[];

  @Column({ type: 'text', default: 'active' })
  status!: MedicalRecordStatus;
}
