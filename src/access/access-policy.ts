import { Injectable } from '@nestjs/common';
import type { AppointmentStatus, Role, Scope } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { AppError, ForbiddenError, InsufficientScopeError, NotFoundError } from '../common/errors/app-error';
import { appointmentScope, patientScope, waitlistScope, type SqlScope } from './access-scope';

/**
 * The one place that decides access: "may this actor do this to that target". Every controller and service asks
 * `require(actor, action, target)`; the rules below are the only ones.
 *
 * The contract's 404-versus-403 rule is applied here, once: a target the caller may not see answers 404 with its own
 * code (never a hint that it exists); a target the caller may see, but not act on, answers 403 `FORBIDDEN`. Which
 * patients and appointments a caller may see is `access-scope.ts` (SQL, so lists and single reads cannot disagree);
 * a service reads the target through that scope and passes `visible` here.
 */

/** What can be hidden, and the code that answers "not found" for it. */
export const NOT_FOUND = {
  patient: { code: 'PATIENT_NOT_FOUND', message: 'Patient not found' },
  doctor: { code: 'DOCTOR_NOT_FOUND', message: 'Doctor not found' },
  appointment: { code: 'APPOINTMENT_NOT_FOUND', message: 'Appointment not found' },
  record: { code: 'RECORD_NOT_FOUND', message: 'Medical record not found' },
  user: { code: 'USER_NOT_FOUND', message: 'User not found' },
  timeOff: { code: 'TIME_OFF_NOT_FOUND', message: 'Time off not found' },
  notification: { code: 'NOTIFICATION_NOT_FOUND', message: 'Notification not found' },
  hold: { code: 'HOLD_NOT_FOUND', message: 'Hold not found' },
  series: { code: 'SERIES_NOT_FOUND', message: 'Series not found' },
  webhook: { code: 'WEBHOOK_NOT_FOUND', message: 'Webhook endpoint not found' },
  webhookDelivery: { code: 'WEBHOOK_DELIVERY_NOT_FOUND', message: 'Webhook delivery not found' },
  waitlistEntry: { code: 'WAITLIST_ENTRY_NOT_FOUND', message: 'Waitlist entry not found' },
} as const;

export type TargetKind = keyof typeof NOT_FOUND;

/** 404 for a target that does not exist or that the caller may not see. */
export function notFound(kind: TargetKind): NotFoundError {
  return new NotFoundError(NOT_FOUND[kind].code, NOT_FOUND[kind].message);
}

/** A patient or appointment as the caller's scope found it. */
interface Seen {
  visible: boolean;
}

/** Every action, and what its rule needs to know about the target. */
export interface ActionTargets {
  /** Booking: `patientId` as asked (null: not given), `doctorId` as asked. */
  'appointment.book': { patientId: string | null; doctorId: string };
  'appointment.read': Seen;
  'appointment.edit': Seen & { writesNotes: boolean };
  /** A move the status table has, with the roles its row allows (a move not in the table is a 409, not access). */
  'appointment.move': Seen & { to: AppointmentStatus; roles: readonly Role[] };
  'appointment.delete': Seen;
  /** A hold is a patient's, for themself. */
  'hold.create': Record<string, never>;
  /** `visible`: the hold exists and is the caller's. */
  'hold.release': Seen;
  'patient.list': Record<string, never>;
  'patient.read': Seen;
  'patient.edit': Seen;
  'record.read': Seen;
  'record.create': Seen;
  /** The record's author, once the record was found under a visible patient. */
  'record.edit': { authorDoctorId: string };
  'doctor.manage': { doctorId: string; changesLicence?: boolean };
  'doctor.set_status': Record<string, never>;
  'user.read': { userId: string };
  'user.edit': { userId: string; setsActive?: boolean; deactivates?: boolean };
  'notification.send': Record<string, never>;
  /** The background jobs (`GET /jobs`): the admins' view of the service's own work. */
  'job.list': Record<string, never>;
  /** Webhook endpoints, their secrets and deliveries (API.md "Integrations"): the admin's (and `webhooks:manage`). */
  'webhook.manage': Record<string, never>;
  /** API keys are managed by admins (a key never manages keys). */
  'api_key.manage': Record<string, never>;
  /** Joining a doctor's waitlist: a patient, for themself. */
  'waitlist.join': Record<string, never>;
  /** Leaving it: `visible` through `waitlistScope` (its patient, its doctor, admin). */
  'waitlist.cancel': Seen;
}

export type Action = keyof ActionTargets;

/**
 * API keys (`role: 'integration'`): the scopes that let a key do each action, any one of them (empty: no key ever
 * may). A key that may do an action is judged by the action's rule as an admin ("sees what an admin sees, within its
 * scopes"). Which routes a key reaches at all is each route's own scope (`@Auth({ scope })`, checked by
 * `requireRoute` before any work); an action lists the scopes of every route it is a step of: a change reads the
 * appointment it changes (`appointment.read` ← `appointments:write`), a patient's appointment list first finds the
 * patient (`patient.read` ← `appointments:read`), and the FHIR routes answer from the same services (← `fhir:read`).
 * So a `fhir:read` key reads appointments through FHIR and still gets 403 on the REST routes.
 */
export const ACTION_SCOPES: { [A in Action]: readonly Scope[] } = {
  'appointment.book': ['appointments:write'],
  'appointment.read': ['appointments:read', 'appointments:write', 'fhir:read'],
  'appointment.edit': ['appointments:write'],
  'appointment.move': ['appointments:write'],
  // Deleting hides an appointment from every list; integrations cancel instead.
  'appointment.delete': [],
  'hold.create': [],
  'hold.release': [],
  'patient.list': ['patients:read', 'fhir:read'],
  'patient.read': ['patients:read', 'appointments:read', 'fhir:read'],
  // There is no `patients:write`: profiles are changed by the patient or an admin in person.
  'patient.edit': [],
  'record.read': ['patients:read'],
  'record.create': [],
  'record.edit': [],
  // Also listing time off (with its reasons), which is the doctor's and the admins' only: `doctors:write` keys.
  'doctor.manage': ['doctors:write'],
  'doctor.set_status': [],
  'user.read': [],
  'user.edit': [],
  'notification.send': [],
  'job.list': [],
  'webhook.manage': ['webhooks:manage'],
  // Patients join for themselves; an integration may withdraw an entry as an admin would.
  'waitlist.join': [],
  'waitlist.cancel': ['appointments:write'],
  'api_key.manage': [],
};

/** The actions on a target read through the caller's scope. */
export type SeenAction = { [A in Action]: ActionTargets[A] extends Seen ? A : never }[Action];

/** A rule's answer: allowed, hidden (404 as `TargetKind`), or forbidden (403 with the reason). */
type Decision = { allow: true } | { hide: TargetKind } | { forbid: string };

const ALLOW: Decision = { allow: true };
const forbid = (reason: string): Decision => ({ forbid: reason });
const seen = (target: Seen, kind: TargetKind, then: () => Decision): Decision =>
  target.visible ? then() : { hide: kind };

/** A user, or an API key judged as an admin once its scope allowed the action. */
type PersonActor = Actor & { role: Role };

/** The rules, one per action. */
const RULES: { [A in Action]: (actor: PersonActor, target: ActionTargets[A]) => Decision } = {
  'appointment.book': (actor, target) => {
    switch (actor.role) {
      case 'patient':
        return actor.patientId && (target.patientId === null || target.patientId === actor.patientId)
          ? ALLOW
          : forbid('A patient may only book for themself');
      case 'doctor':
        return actor.doctorId && target.doctorId === actor.doctorId
          ? ALLOW
          : forbid('A doctor may only book appointments with themself');
      case 'admin':
        return ALLOW;
    }
  },
  'appointment.read': (_actor, target) => seen(target, 'appointment', () => ALLOW),
  'appointment.edit': (actor, target) =>
    // Notes are refused before the appointment is read: only a doctor writes them (their own, by visibility).
    target.writesNotes && actor.role !== 'doctor'
      ? forbid("Only the appointment's doctor may write its notes")
      : seen(target, 'appointment', () => ALLOW),
  'appointment.move': (actor, target) =>
    seen(target, 'appointment', () =>
      target.roles.includes(actor.role) ? ALLOW : forbid(`A ${actor.role} may not move an appointment to ${target.to}`),
    ),
  'appointment.delete': (actor, target) =>
    actor.role === 'admin' ? seen(target, 'appointment', () => ALLOW) : forbid('Only an admin may delete appointments'),
  'hold.create': (actor) =>
    actor.role === 'patient' && actor.patientId ? ALLOW : forbid('Only a patient may hold a time, for themself'),
  'hold.release': (_actor, target) => seen(target, 'hold', () => ALLOW),
  'patient.list': (actor) => (actor.role === 'patient' ? forbid('Patients cannot list patients') : ALLOW),
  'patient.read': (_actor, target) => seen(target, 'patient', () => ALLOW),
  'patient.edit': (actor, target) =>
    seen(target, 'patient', () =>
      actor.role === 'doctor' ? forbid('Only the patient or an admin may edit a patient profile') : ALLOW,
    ),
  'record.read': (_actor, target) => seen(target, 'patient', () => ALLOW),
  // Only a doctor writes records: admins and patients are refused whoever the patient is; a doctor who may not see
  // the patient (no appointment with them) gets 404.
  'record.create': (actor, target) =>
    actor.role === 'doctor' && actor.doctorId
      ? seen(target, 'patient', () => ALLOW)
      : forbid('Only a doctor with an appointment with this patient may add a medical record'),
  'record.edit': (actor, target) =>
    actor.role === 'doctor' && actor.doctorId === target.authorDoctorId
      ? ALLOW
      : forbid('Only the doctor who wrote a medical record may edit it'),
  // Doctors are public to every signed-in user, so refusing with 403 (not 404) reveals nothing.
  'doctor.manage': (actor, target) => {
    if (!(actor.role === 'admin' || (actor.role === 'doctor' && actor.doctorId === target.doctorId))) {
      return forbid('Only the doctor or an admin may do this');
    }
    return target.changesLicence && actor.role !== 'admin'
      ? forbid('Only an admin may change a licence number')
      : ALLOW;
  },
  'doctor.set_status': (actor) =>
    actor.role === 'doctor' && actor.doctorId ? ALLOW : forbid('Only a doctor may set their status'),
  // Accounts: self or admin; anyone else learns nothing.
  'user.read': (actor, target) => (actor.role === 'admin' || actor.userId === target.userId ? ALLOW : { hide: 'user' }),
  'user.edit': (actor, target) => {
    if (actor.role !== 'admin' && actor.userId !== target.userId) {
      return { hide: 'user' };
    }
    if (target.setsActive && actor.role !== 'admin') {
      return forbid('Only an admin may activate or deactivate an account');
    }
    return target.deactivates && actor.userId === target.userId
      ? forbid('An admin cannot deactivate their own account')
      : ALLOW;
  },
  'notification.send': (actor) => (actor.role === 'admin' ? ALLOW : forbid('Only an admin may send notifications')),
  'job.list': (actor) => (actor.role === 'admin' ? ALLOW : forbid('Only an admin may see the background jobs')),
  'webhook.manage': (actor) => (actor.role === 'admin' ? ALLOW : forbid('Only an admin may manage webhooks')),
  'api_key.manage': (actor) => (actor.role === 'admin' ? ALLOW : forbid('Only an admin may manage API keys')),
  'waitlist.join': (actor) =>
    actor.role === 'patient' && actor.patientId ? ALLOW : forbid('Only a patient may join a waitlist, for themself'),
  // Its doctor sees the entry (404 would lie) but may not withdraw a patient's wish: 403.
  'waitlist.cancel': (actor, target) =>
    seen(target, 'waitlistEntry', () =>
      actor.role === 'doctor' ? forbid('Only the patient or an admin may cancel a waitlist entry') : ALLOW,
    ),
};

const hasScope = (actor: Actor, scopes: readonly Scope[]): boolean =>
  scopes.some((scope) => actor.scopes?.includes(scope) === true);

/** A key's refusal by scope alone: 403 `FORBIDDEN` where no scope opens the action, `INSUFFICIENT_SCOPE` otherwise. */
function scopeRefusalOf(actor: Actor, action: Action): AppError | null {
  const scopes = ACTION_SCOPES[action];
  if (scopes.length === 0) {
    return new ForbiddenError('An API key may not do this');
  }
  return hasScope(actor, scopes) ? null : new InsufficientScopeError(`This API key needs the scope ${scopes[0]}`);
}

/** The caller as the rules see it: an API key within its scopes acts as an admin. */
function personOf(actor: Actor): PersonActor {
  return actor.role === 'integration' ? { ...actor, role: 'admin' } : { ...actor, role: actor.role };
}

/** The error a decision answers with, or null when it allows. */
export function refusalOf<A extends Action>(actor: Actor, action: A, target: ActionTargets[A]): AppError | null {
  if (actor.role === 'integration') {
    const byScope = scopeRefusalOf(actor, action);
    if (byScope) {
      return byScope;
    }
  }
  const decision = RULES[action](personOf(actor), target);
  if ('hide' in decision) {
    return notFound(decision.hide);
  }
  return 'forbid' in decision ? new ForbiddenError(decision.forbid) : null;
}

/** The refusal of a route (see `AccessPolicy.requireRoute`), or null when the caller may call it. */
export function routeRefusalOf(
  actor: Actor | undefined,
  route: { roles: readonly Role[] | undefined; scope: Scope | undefined },
): AppError | null {
  if (actor?.role === 'integration') {
    if (!route.scope) {
      return new ForbiddenError('An API key may not call this route');
    }
    if (!hasScope(actor, [route.scope])) {
      return new InsufficientScopeError(`This API key needs the scope ${route.scope}`);
    }
  }
  const roles = route.roles ?? [];
  if (roles.length > 0 && (!actor || !roles.includes(personOf(actor).role))) {
    return new ForbiddenError(`Only ${roles.join(', ')} may do this`);
  }
  return null;
}

/** An access refusal: 403, or 404 for what the caller may not see (and for what does not exist). */
export function isRefusal(error: unknown): boolean {
  return error instanceof ForbiddenError || error instanceof NotFoundError;
}

@Injectable()
export class AccessPolicy {
  constructor(private readonly audit: AuditService) {}

  /** Throws the refusal (404 or 403) unless `actor` may do `action` to `target`. */
  require<A extends Action>(actor: Actor, action: A, target: ActionTargets[A]): void {
    const refusal = refusalOf(actor, action, target);
    if (refusal) {
      throw refusal;
    }
  }

  /** The refusal (404 or 403) of `action`, or null when allowed: for callers that answer refusals themselves. */
  refusal<A extends Action>(actor: Actor, action: A, target: ActionTargets[A]): AppError | null {
    return refusalOf(actor, action, target);
  }

  /**
   * `found`, read through the caller's scope (null: it does not exist or they may not see it), when `action` on it is
   * allowed; else its 404 or 403.
   */
  requireFound<T, A extends SeenAction>(
    actor: Actor,
    action: A,
    found: T | null,
    target: Omit<ActionTargets[A], 'visible'>,
  ): T {
    this.require(actor, action, { ...target, visible: found !== null } as ActionTargets[A]);
    return found as T;
  }

  /** The caller's doctor id, for an action the policy lets only doctors do (403 for anyone else). */
  doctorIdOf(actor: Actor): string {
    if (actor.role !== 'doctor' || !actor.doctorId) {
      throw new ForbiddenError('Only a doctor may do this');
    }
    return actor.doctorId;
  }

  /** Route-level roles (`@Auth({ roles })`): 403 for any other role. */
  requireRole(actor: Actor | undefined, roles: readonly Role[]): void {
    this.requireRoute(actor, { roles, scope: undefined });
  }

  /**
   * Route-level access (`@Auth({ roles, scope })`), before any work. A user: one of `roles` when given (403 otherwise).
   * An API key: the route's `scope` (none: no key may call the route, 403 `FORBIDDEN`; a key without it: 403
   * `INSUFFICIENT_SCOPE`), and then, as an admin, the route's roles.
   */
  requireRoute(
    actor: Actor | undefined,
    route: { roles: readonly Role[] | undefined; scope: Scope | undefined },
  ): void {
    const refusal = routeRefusalOf(actor, route);
    if (refusal) {
      throw refusal;
    }
  }

  /** Which patients the caller may see, as SQL over `alias` (`patients`). */
  patientScope(actor: Actor, alias: string): SqlScope {
    return patientScope(actor, alias);
  }

  /** Which appointments the caller may see, as SQL over `alias` (`appointments`). */
  appointmentScope(actor: Actor, alias: string): SqlScope {
    return appointmentScope(actor, alias);
  }

  /** Which waitlist entries the caller may see, as SQL over `alias` (`waitlist_entries`). */
  waitlistScope(actor: Actor, alias: string): SqlScope {
    return waitlistScope(actor, alias);
  }

  /**
   * Runs audited patient-data work (which records its own `allowed` row). A refusal is recorded as `denied` here,
   * after any transaction of `work` has rolled back, so the denial itself is committed: every refusal of audited
   * access is recorded from this one place.
   */
  async audited<T>(entry: AuditEntry, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isRefusal(error)) {
        await this.audit.record(entry, 'denied');
      }
      throw error;
    }
  }
}
