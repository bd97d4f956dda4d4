import type { Role } from '@app/contracts';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';

@Entity('users')
@Index('uq_users_email', ['email'], { unique: true })
export class UserEntity extends BaseEntity {
  /** Always stored lower-cased. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text' })
  fullName!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'boolean', default: true })
  isActive!: boolean;

  /** Carried in every access token; bumped on password change or deactivation so older tokens stop working. */
  @Column({ type: 'integer', default: 0 })
  tokenVersion!: number;
}
