import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditOutcome, ActorRole } from '@app/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

export interface NewAuditEvent {
  actorId: string;
  actorRole: ActorRole;
  action: AuditAction;
  patientId: string | null;
  recordId: string | null;
  requestId: string;
  outcome: AuditOutcome;
}

/** `from` is inclusive, `to` exclusive. */
export interface AuditEventFilter {
  patientId?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
}

/** The append-only audit_events table: rows are inserted and read, never changed. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** With a transaction's manager, the row commits (or rolls back) with the change it records. */
  async insert(event: NewAuditEvent, em: EntityManager = this.dataSource.manager): Promise<void> {
    await em.insert(AuditEventEntity, event);
  }

  /** Newest first. */
  findPage(filter: AuditEventFilter, offset: number, limit: number): Promise<[AuditEventEntity[], number]> {
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.patientId) {
      qb.andWhere('e.patient_id = :patientId', { patientId: filter.patientId });
    }
    if (filter.actorId) {
      qb.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    }
    if (filter.from) {
      qb.andWhere('e.created_at >= :from', { from: filter.from });
    }
    if (filter.to) {
      qb.andWhere('e.created_at < :to', { to: filter.to });
    }
    return qb.orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'DESC').offset(offset).limit(limit).getManyAndCount();
  }
}
