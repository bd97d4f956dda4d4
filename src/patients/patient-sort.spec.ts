import { PATIENT_SORTS } from '@app/contracts';
import { patientOrderOf } from './patient-sort';

describe('patient sort', () => {
  it('sorts by name case-insensitively, ascending or descending', () => {
    expect(patientOrderOf('fullName')).toEqual({ expression: 'lower(u.full_name)', direction: 'ASC' });
    expect(patientOrderOf('-fullName')).toEqual({ expression: 'lower(u.full_name)', direction: 'DESC' });
  });

  it('sorts by creation time, ascending or descending', () => {
    expect(patientOrderOf('createdAt')).toEqual({ expression: 'p.created_at', direction: 'ASC' });
    expect(patientOrderOf('-createdAt')).toEqual({ expression: 'p.created_at', direction: 'DESC' });
  });

  it('maps every allowed sort to a column expression', () => {
    for (const sort of PATIENT_SORTS) {
      expect(patientOrderOf(sort).expression).toMatch(/^(lower\(u\.full_name\)|p\.created_at)$/);
    }
  });
});
