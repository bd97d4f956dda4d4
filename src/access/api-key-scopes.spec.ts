import { API_KEY_SCOPES, type Scope } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { InsufficientScopeError } from '../common/errors/app-error';
import { ACTION_SCOPES, refusalOf, routeRefusalOf, type Action, type ActionTargets } from './access-policy';
import { appointmentScope, patientScope } from './access-scope';

const key = (...scopes: Scope[]): Actor => ({
  userId: 'k-1',
  role: 'integration',
  patientId: null,
  doctorId: null,
  scopes,
});

/** `allow`, the 403 code, or the 404 code. */
function answer<A extends Action>(actor: Actor, action: A, target: ActionTargets[A]): string {
  return refusalOf(actor, action, target)?.code ?? 'allow';
}

describe('API key scopes in the access policy', () => {
  it('maps each action to the scopes that open it', () => {
    expect(ACTION_SCOPES).toEqual({
      'appointment.book': ['appointments:write'],
      'appointment.read': ['appointments:read', 'appointments:write', 'fhir:read'],
      'appointment.edit': ['appointments:write'],
      'appointment.move': ['appointments:write'],
      'appointment.delete': [],
      'hold.create': [],
      'hold.release': [],
      'patient.list': ['patients:read', 'fhir:read'],
      'patient.read': ['patients:read', 'appointments:read', 'fhir:read'],
      'patient.edit': [],
      'record.read': ['patients:read'],
      'record.create': [],
      'record.edit': [],
      'doctor.manage': ['doctors:write'],
      'doctor.set_status': [],
      'user.read': [],
      'user.edit': [],
      'notification.send': [],
      'job.list': [],
      'webhook.manage': ['webhooks:manage'],
      'waitlist.join': [],
      'waitlist.cancel': ['appointments:write'],
      'api_key.manage': [],
    });
  });

  it('appointment reads need appointments:read (or fhir:read); writes need appointments:write', () => {
    expect(answer(key('appointments:read'), 'appointment.read', { visible: true })).toBe('allow');
    expect(answer(key('fhir:read'), 'appointment.read', { visible: true })).toBe('allow');
    expect(answer(key('doctors:read'), 'appointment.read', { visible: true })).toBe('INSUFFICIENT_SCOPE');
    expect(answer(key('appointments:read'), 'appointment.book', { patientId: 'p', doctorId: 'd' })).toBe(
      'INSUFFICIENT_SCOPE',
    );
    expect(answer(key('appointments:write'), 'appointment.book', { patientId: 'p', doctorId: 'd' })).toBe('allow');
    expect(
      answer(key('appointments:write'), 'appointment.move', {
        visible: true,
        to: 'confirmed',
        roles: ['doctor', 'admin'],
      }),
    ).toBe('allow');
  });

  it('a key within its scopes is judged as an admin: hidden stays 404, a doctor-only move or notes stay 403', () => {
    const writer = key('appointments:write', 'appointments:read');
    expect(answer(writer, 'appointment.read', { visible: false })).toBe('APPOINTMENT_NOT_FOUND');
    expect(answer(writer, 'appointment.move', { visible: true, to: 'completed', roles: ['doctor'] })).toBe('FORBIDDEN');
    expect(answer(writer, 'appointment.edit', { visible: true, writesNotes: true })).toBe('FORBIDDEN');
    expect(answer(key('doctors:write'), 'doctor.manage', { doctorId: 'd', changesLicence: true })).toBe('allow');
  });

  it('no scope opens accounts, API keys, jobs, messages, holds, records written, or deletion', () => {
    const everything = key(...API_KEY_SCOPES);
    const closed: [Action, ActionTargets[Action]][] = [
      ['user.read', { userId: 'u' }],
      ['user.edit', { userId: 'u' }],
      ['api_key.manage', {}],
      ['job.list', {}],
      ['notification.send', {}],
      ['hold.create', {}],
      ['record.create', { visible: true }],
      ['appointment.delete', { visible: true }],
      ['patient.edit', { visible: true }],
    ];
    for (const [action, target] of closed) {
      expect({ action, answer: answer(everything, action, target) }).toEqual({ action, answer: 'FORBIDDEN' });
    }
  });

  it('users are untouched by scopes', () => {
    const admin: Actor = { userId: 'u', role: 'admin', patientId: null, doctorId: null };
    expect(answer(admin, 'appointment.read', { visible: true })).toBe('allow');
    expect(answer(admin, 'api_key.manage', {})).toBe('allow');
  });

  describe('routes', () => {
    it('a route without a scope refuses every key (FORBIDDEN); with one, a key needs it (INSUFFICIENT_SCOPE)', () => {
      expect(routeRefusalOf(key(...API_KEY_SCOPES), { roles: undefined, scope: undefined })?.code).toBe('FORBIDDEN');
      expect(routeRefusalOf(key(...API_KEY_SCOPES), { roles: ['admin'], scope: undefined })?.code).toBe('FORBIDDEN');
      const refusal = routeRefusalOf(key('doctors:read'), { roles: undefined, scope: 'appointments:read' });
      expect(refusal).toBeInstanceOf(InsufficientScopeError);
      expect(refusal?.message).toContain('appointments:read');
      expect(routeRefusalOf(key('appointments:read'), { roles: undefined, scope: 'appointments:read' })).toBeNull();
    });

    it("a scoped key passes an admin route's roles, not a patient's or a doctor's", () => {
      expect(routeRefusalOf(key('doctors:write'), { roles: ['doctor', 'admin'], scope: 'doctors:write' })).toBeNull();
      expect(routeRefusalOf(key('webhooks:manage'), { roles: ['admin'], scope: 'webhooks:manage' })).toBeNull();
      expect(routeRefusalOf(key('doctors:read'), { roles: ['doctor'], scope: 'doctors:read' })?.code).toBe('FORBIDDEN');
    });

    it("the route's scope means nothing to users", () => {
      const patient: Actor = { userId: 'u', role: 'patient', patientId: 'p', doctorId: null };
      expect(routeRefusalOf(patient, { roles: undefined, scope: 'appointments:read' })).toBeNull();
      expect(routeRefusalOf(patient, { roles: ['admin'], scope: 'appointments:read' })?.code).toBe('FORBIDDEN');
    });
  });

  it("sees every patient and appointment, as an admin's scope", () => {
    expect(patientScope(key('patients:read'), 'p')).toEqual({ sql: 'TRUE', params: {} });
    expect(appointmentScope(key('appointments:read'), 'a')).toEqual({ sql: 'a.deleted_at IS NULL', params: {} });
  });
});
