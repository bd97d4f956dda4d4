import type { Actor } from '../auth/actor';
import { appointmentScope, positional } from './access-scope';

const patient: Actor = { userId: 'u1', role: 'patient', patientId: 'p1', doctorId: null };

describe('positional', () => {
  it('numbers named parameters from the given index, once per name, and leaves casts alone', () => {
    const out = positional({ sql: 'a.x = :one AND a.y::text = :two AND a.z = :one', params: { one: 1, two: 'b' } }, 3);
    expect(out).toEqual({ sql: 'a.x = $3 AND a.y::text = $4 AND a.z = $3', params: [1, 'b'] });
  });

  it('turns an actor scope into SQL with $n placeholders', () => {
    expect(positional(appointmentScope(patient, 'a'), 2)).toEqual({
      sql: 'a.deleted_at IS NULL AND a.patient_id = $2',
      params: ['p1'],
    });
  });

  it('refuses a placeholder without a value', () => {
    expect(() => positional({ sql: 'a.x = :missing', params: {} }, 1)).toThrow(TypeError);
  });
});
