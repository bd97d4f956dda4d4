import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One block of weekly working hours, local to the doctor's time zone. */
@Entity('doctor_working_hours')
@Index('ix_doctor_working_hours_doctor', ['doctorId', 'dayOfWeek'])
export class WorkingHoursEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  doctorId!: string;

  /** ISO day of week, 1 = Monday .. 7 = Sunday. */
  @Column({ type: 'smallint' })
  dayOfWeek!: number;

  /** Minutes after local midnight (0..1439). */
  @Column({ type: 'smallint' })
  startMinute!: number;

  /** Minutes after local midnight (1..1440). */
  @Column({ type: 'smallint' })
  endMinute!: number;
}
