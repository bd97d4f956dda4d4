import type { AuditAction, AuditOutcome, ActorRole } from '@app/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only (a trigger refuses UPDATE and DELETE). Holds who did what to which patient, never medical content. */
@Entity('audit_events')
@Index('ix_audit_events_patient', ['patientId', 'createdAt'])
@Index('ix_audit_events_actor', ['actorId', 'createdAt'])
@Index('ix_audit_events_created', ['createdAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  actorRole!: ActorRole | null;

  @Column({ type: 'text' })
  action!: AuditAction;

  @Column({ type: 'uuid', nullable: true })
  patientId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordId!: string | null;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ type: 'text' })
  outcome!: AuditOutcome;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
