import { Injectable } from '@nestjs/common';
import { pageOf, type AuditAction, type AuditEvent, type AuditOutcome, type Page } from '@app/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { ValidationError } from '../common/errors/app-error';
import { offsetOf } from '../common/http/pagination.dto';
import { toAuditEventResponse } from './audit-event.mapper';
import { AuditRepository } from './audit.repository';
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

@Injectable()
export class AuditService {
  constructor(private readonly auditEvents: AuditRepository) {}

  /**
   * Appends one audit row. A change passes its transaction's manager, so the change and its row commit (or roll
   * back) together; a failed insert fails the caller's request, so no access goes unrecorded.
   */
  async record(entry: AuditEntry, outcome: AuditOutcome, em?: EntityManager): Promise<void> {
    await this.auditEvents.insert(
      {
        actorId: entry.actor.userId,
        actorRole: entry.actor.role,
        action: entry.action,
        patientId: entry.patientId,
        recordId: entry.recordId ?? null,
        requestId: entry.requestId,
        outcome,
      },
      em,
    );
  }

  /** The audit log (admin; the route says so), newest first. `from` is inclusive, `to` exclusive. */
  async listEvents(_actor: Actor, query: ListAuditEventsQueryDto): Promise<Page<AuditEvent>> {
    if (query.from && query.to && new Date(query.from) >= new Date(query.to)) {
      throw new ValidationError([{ field: 'to', message: 'to must be later than from' }]);
    }
    const filter = {
      patientId: query.patientId || undefined,
      actorId: query.actorId || undefined,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    };
    const [rows, total] = await this.auditEvents.findPage(filter, offsetOf(query), query.limit);
    return pageOf(rows.map(toAuditEventResponse), total, query.page, query.limit);
  }
}
