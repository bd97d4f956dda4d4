import { Column, Entity, Index, JoinColumn, OneToOne, type Relation } from 'typeorm';
import type { BloodType, Gender } from '@app/contracts';
import { BaseEntity } from '../database/base.entity';
import { UserEntity } from '../users/user.entity';

export interface EmergencyContact {
  name: string;
  phone: string;
  relationship?: string;
}

@Entity('patients')
@Index('uq_patients_user', ['userId'], { unique: true })
export class PatientEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  /** `YYYY-MM-DD`, kept as text by the driver (no time zone games with dates). */
  @Column({ type: 'date', nullable: true })
  dateOfBirth!: string | null;

  /** One of `GENDERS` (CHECK `ck_patients_gender`). */
  @Column({ type: 'text', nullable: true })
  gender!: Gender | null;

  /** One of `BLOOD_TYPES` (CHECK `ck_patients_blood_type`). */
  @Column({ type: 'text', nullable: true })
  bloodType!: BloodType | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  allergies!: string[];

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  emergencyContact!: EmergencyContact | null;
}
