import { APPOINTMENT_STATUSES } from '@app/contracts';
import { ValidationError } from '../common/errors/app-error';
import { FHIR_APPOINTMENT_STATUS, instantRangeOf, isEmptyRange, referencedId, statusesOf } from './fhir-search';

const at = (iso: string) => new Date(iso);

describe('FHIR search parameters', () => {
  describe('instantRangeOf (date prefixes against a start instant)', () => {
    it.each([
      ['2026-12-07', { from: at('2026-12-07T00:00:00Z'), to: at('2026-12-08T00:00:00Z') }],
      ['eq2026-12', { from: at('2026-12-01T00:00:00Z'), to: at('2027-01-01T00:00:00Z') }],
      ['eq2026', { from: at('2026-01-01T00:00:00Z'), to: at('2027-01-01T00:00:00Z') }],
      ['ge2026-12-07', { from: at('2026-12-07T00:00:00Z') }],
      ['gt2026-12-07', { from: at('2026-12-08T00:00:00Z') }],
      ['le2026-12-07', { to: at('2026-12-08T00:00:00Z') }],
      ['lt2026-12-07', { to: at('2026-12-07T00:00:00Z') }],
      ['gt2026-12-07T10:00:00Z', { from: at('2026-12-07T10:00:01Z') }],
      ['le2026-12-07T10:00Z', { to: at('2026-12-07T10:01:00Z') }],
      ['ge2026-12-07T10:00:00+02:00', { from: at('2026-12-07T08:00:00Z') }],
      ['eq2026-12-07T10:00:00.250Z', { from: at('2026-12-07T10:00:00.250Z'), to: at('2026-12-07T10:00:00.251Z') }],
    ])('%s', (value, range) => {
      expect(instantRangeOf([value], 'date')).toEqual(range);
    });

    it('intersects repeated values into one range', () => {
      expect(instantRangeOf(['ge2026-12-01', 'lt2026-12-08', 'ge2026-12-03'], 'date')).toEqual({
        from: at('2026-12-03T00:00:00Z'),
        to: at('2026-12-08T00:00:00Z'),
      });
      expect(isEmptyRange(instantRangeOf(['ge2026-12-08', 'lt2026-12-01'], 'date'))).toBe(true);
      expect(isEmptyRange(instantRangeOf([], 'date'))).toBe(false);
    });

    it.each(['ne2026-12-07', 'ap2026-12-07', 'sa2026-12-07', '2026-12-07T10:00', '2026-02-30', '2026-13', 'today', ''])(
      'refuses %s with 400',
      (value) => {
        expect(() => instantRangeOf([value], 'date')).toThrow(ValidationError);
      },
    );
  });

  it('reads a reference as Type/<uuid> or a bare uuid, and refuses another type', () => {
    const id = '5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(referencedId(`Patient/${id}`, 'Patient', 'patient')).toBe(id);
    expect(referencedId(id.toUpperCase(), 'Patient', 'patient')).toBe(id);
    expect(() => referencedId(`Practitioner/${id}`, 'Patient', 'patient')).toThrow(ValidationError);
    expect(() => referencedId('Patient/42', 'Patient', 'patient')).toThrow(ValidationError);
  });

  it('maps every status of ours to a distinct R4 code and back', () => {
    const codes = APPOINTMENT_STATUSES.map((status) => FHIR_APPOINTMENT_STATUS[status]);
    expect(new Set(codes).size).toBe(APPOINTMENT_STATUSES.length);
    for (const status of APPOINTMENT_STATUSES) {
      expect(statusesOf([FHIR_APPOINTMENT_STATUS[status]])).toEqual([status]);
    }
    expect(statusesOf(['proposed', 'waitlist'])).toEqual([]);
    expect(() => statusesOf(['confirmed'])).toThrow(ValidationError);
  });
});
