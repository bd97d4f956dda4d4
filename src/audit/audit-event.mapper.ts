import type { AuditEvent } from '@app/contracts';
import type { AuditEventEntity } from './audit-event.entity';

export function toAuditEventResponse(event: AuditEventEntity): AuditEvent {
  return {
    id: event.id,
    actorId: event.actorId,
    actorRole: event.actorRole,
    action: event.action,
    patientId: event.patientId,
    recordId: event.recordId,
    requestId: event.requestId,
    outcome: event.outcome,
    createdAt: event.createdAt.toISOString(),
  };
}
