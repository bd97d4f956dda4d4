import type { WaitlistStatus } from '@app/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A patient waiting for a doctor's time (migration `1796900000100-waitlist`; SQL in `WaitlistRepository`). */
@Entity('waitlist_entries')
export class WaitlistEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  patientId!: string;

  @Column({ type: 'uuid' })
  doctorId!: string;

  @Column({ type: 'timestamptz' })
  windowFrom!: Date;

  @Column({ type: 'timestamptz' })
  windowTo!: Date;

  @Column({ type: 'int' })
  durationMinutes!: number;

  @Column({ type: 'text' })
  status!: WaitlistStatus;

  @Column({ type: 'int' })
  lapses!: number;

  @Column({ type: 'uuid', nullable: true })
  offerHoldId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  offerStartsAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  offerEndsAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  offerExpiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lapsedStartsAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lapsedEndsAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
