import type { ActorRole } from './roles';

/** What was done to a patient's data; the audit log never holds the medical content itself. */
export const AUDIT_ACTIONS = [
  'patient.list',
  'patient.read',
  'patient.update',
  'record.list',
  'record.read',
  'record.create',
  'record.update',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['allowed', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditEvent {
  id: string;
  actorId: string | null;
  actorRole: ActorRole | null;
  action: AuditAction;
  /** Null for a list of patients. */
  patientId: string | null;
  recordId: string | null;
  requestId: string | null;
  outcome: AuditOutcome;
  createdAt: string;
}
