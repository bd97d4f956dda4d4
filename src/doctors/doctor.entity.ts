import type { SettableDoctorStatus } from '@app/contracts';
import { Column, Entity, Index, JoinColumn, OneToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { UserEntity } from '../users/user.entity';

@Entity('doctors')
@Index('uq_doctors_user', ['userId'], { unique: true })
@Index('uq_doctors_license_number', ['licenseNumber'], { unique: true })
@Index('ix_doctors_specialization', ['specialization'])
// An expression index, lower(specialization), which TypeORM cannot describe: declared by its migration only.
@Index('ix_doctors_specialization_lower', { synchronize: false })
@Index('ix_doctors_online', ['isOnline'])
export class DoctorEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  @Column({ type: 'text' })
  specialization!: string;

  @Column({ type: 'text' })
  licenseNumber!: string;

  @Column({ type: 'integer', nullable: true })
  yearsOfExperience!: number | null;

  @Column({ type: 'text', nullable: true })
  bio!: string | null;

  /** IANA time zone; working hours are local to it. */
  @Column({ type: 'text', default: 'UTC' })
  timezone!: string;

  /** Driven by the notifications gateway: at least one socket of the doctor is connected. */
  @Column({ type: 'boolean', default: false })
  isOnline!: boolean;

  /** The status the doctor chose; reads as `offline` while no socket is connected. */
  @Column({ type: 'text', default: 'online' })
  preferredStatus!: SettableDoctorStatus;

  @Column({ type: 'timestamptz', nullable: true })
  lastSeenAt!: Date | null;

  /**
   * The working blocks as one text (`1:540-1020 2:540-1020`), null without any: kept by the database from
   * `doctor_working_hours` (the `doctor_weekly_hours_*` triggers), never written by the app.
   */
  @Column({ type: 'text', nullable: true, insert: false, update: false, select: false })
  weeklyHours?: string | null;
}
