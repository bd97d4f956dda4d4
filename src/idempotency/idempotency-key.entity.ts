import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A booking's `Idempotency-Key`, scoped to its user, kept 24 h with the first answer. */
@Entity('idempotency_keys')
@Index('ix_idempotency_keys_expires', ['expiresAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  /** SHA-256 of the method, path and canonical body. */
  @Column({ type: 'text' })
  requestHash!: string;

  @Column({ type: 'integer', nullable: true })
  responseStatus!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody!: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
