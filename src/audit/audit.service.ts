import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { pageOf, type AuditAction, type AuditEvent, type AuditOutcome, type Page } from '@app/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AppError, ValidationError } from '../common/errors/app-error';
import { httpStatusOf } from '../common/errors/error-status';
import { offsetOf } from '../common/http/pagination.dto';
import { AuditEventEntity } from './audit-event.entity';
import { toAuditEventResponse } from './audit-event.mapper';
import type { ListAuditEventsQueryDto } from './dto/audit-events.dto';

/** Who touches which patient data, and how. Identifiers only: never a diagnosis, a note or a search term. */
export interface AuditEntry {
  actor: Actor;
  requestId: string;
  action: AuditAction;
  /** Null for a list of patients. */
  patientId: string | null;
  recordId?: string | null;
}

/** A refusal the caller sees as 403, or as 404 because they may not see the patient or record. */
function isRefusal(error: unknown): boolean {
  if (!(error instanceof AppError)) {
    return false;
  }
  const status = httpStatusOf(error.code);
  return status === 403 || status === 404;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one audit row. A change passes its transaction's manager, so the change and its row commit (or roll
   * back) together; a failed insert fails the caller's request, so no access goes unrecorded.
   */
  async record(entry: AuditEntry, outcome: AuditOutcome, em: EntityManager = this.dataSource.manager): Promise<void> {
    await em.insert(AuditEventEntity, {
      actorId: entry.actor.userId,
      actorRole: entry.actor.role,
      action: entry.action,
      patientId: entry.patientId,
      recordId: entry.recordId ?? null,
      requestId: entry.requestId,
      outcome,
    });
  }

  /**
   * Runs `work` (which records its own `allowed` row). When it is refused (403/404), the attempt is recorded as
   * `denied` here, after any transaction of `work` has rolled back, so the denial itself is committed.
   */
  async recordingDenials<T>(entry: AuditEntry, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isRefusal(error)) {
        await this.record(entry, 'denied');
      }
      throw error;
    }
  }

  /** The audit log (admin; the route says so), newest first. `from` is inclusive, `to` exclusive. */
  async listEvents(_actor: Actor, query: ListAuditEventsQueryDto): Promise<Page<AuditEvent>> {
    if (query.from && query.to && new Date(query.from) >= new Date(query.to)) {
      throw new ValidationError([{ field: 'to', message: 'to must be later than from' }]);
    }
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (query.patientId) {
      qb.andWhere('e.patient_id = :patientId', { patientId: query.patientId });
    }
    if (query.actorId) {
      qb.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    }
    if (query.from) {
      qb.andWhere('e.created_at >= :from', { from: new Date(query.from) });
    }
    if (query.to) {
      qb.andWhere('e.created_at < :to', { to: new Date(query.to) });
    }
    const [rows, total] = await qb
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .offset(offsetOf(query))
      .limit(query.limit)
      .getManyAndCount();
    return pageOf(rows.map(toAuditEventResponse), total, query.page, query.limit);
  }
}
