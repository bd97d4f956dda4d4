import { APPOINTMENT_STATUSES, APPOINTMENT_TRANSITIONS, ROLES, type AppointmentTransition } from '@app/contracts';
import { decideTransition, describeTransitions, findTransition } from './appointment-transitions';

describe('appointment status transitions', () => {
  it('allows exactly the moves of the contract table, each to its roles', () => {
    const allowed = new Set<string>();
    for (const from of APPOINTMENT_STATUSES) {
      for (const to of APPOINTMENT_STATUSES) {
        for (const role of ROLES) {
          if (decideTransition(from, to, role) === 'allowed') {
            allowed.add(`${from}>${to}:${role}`);
          }
        }
      }
    }
    expect([...allowed].sort()).toEqual(
      [
        'pending>confirmed:doctor',
        'pending>confirmed:admin',
        'pending>cancelled:patient',
        'pending>cancelled:doctor',
        'pending>cancelled:admin',
        'confirmed>cancelled:patient',
        'confirmed>cancelled:doctor',
        'confirmed>cancelled:admin',
        'confirmed>in_progress:doctor',
        'confirmed>in_progress:admin',
        'in_progress>completed:doctor',
        'in_progress>completed:admin',
        'confirmed>no_show:doctor',
        'confirmed>no_show:admin',
      ].sort(),
    );
  });

  it('refuses a role the table does not list for a move as role_not_allowed (403)', () => {
    expect(decideTransition('pending', 'confirmed', 'patient')).toBe('role_not_allowed');
    expect(decideTransition('confirmed', 'in_progress', 'patient')).toBe('role_not_allowed');
    expect(decideTransition('in_progress', 'completed', 'patient')).toBe('role_not_allowed');
    expect(decideTransition('confirmed', 'no_show', 'patient')).toBe('role_not_allowed');
  });

  it('refuses a move missing from the table as not_in_table (409), whoever asks', () => {
    for (const role of ROLES) {
      expect(decideTransition('pending', 'pending', role)).toBe('not_in_table');
      expect(decideTransition('pending', 'in_progress', role)).toBe('not_in_table');
      expect(decideTransition('in_progress', 'cancelled', role)).toBe('not_in_table');
      expect(decideTransition('cancelled', 'pending', role)).toBe('not_in_table');
      expect(decideTransition('completed', 'confirmed', role)).toBe('not_in_table');
      expect(decideTransition('no_show', 'confirmed', role)).toBe('not_in_table');
    }
  });

  it('treats final statuses as final', () => {
    for (const from of ['completed', 'cancelled', 'no_show'] as const) {
      for (const to of APPOINTMENT_STATUSES) {
        expect(findTransition(from, to)).toBeUndefined();
      }
    }
  });

  it('reads whatever table it is given', () => {
    const table: AppointmentTransition[] = [{ from: ['completed'], to: 'pending', roles: ['admin'] }];
    expect(decideTransition('completed', 'pending', 'admin', table)).toBe('allowed');
    expect(decideTransition('completed', 'pending', 'doctor', table)).toBe('role_not_allowed');
    expect(decideTransition('pending', 'confirmed', 'admin', table)).toBe('not_in_table');
  });

  it('describes every row of the table for the OpenAPI document', () => {
    const text = describeTransitions();
    for (const row of APPOINTMENT_TRANSITIONS) {
      expect(text).toContain(`| ${row.from.join(', ')} | ${row.to} | ${row.roles.join(', ')} |`);
    }
    expect(text).toContain('INVALID_STATUS_TRANSITION');
  });
});
