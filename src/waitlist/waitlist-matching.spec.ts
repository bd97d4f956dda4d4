import { DEFAULT_BOOKING_POLICY } from '@app/contracts';
import { offerableSlot, offerCandidates, type DoctorTime, type WaitingEntry } from './waitlist-matching';
import { assertJoinWindow } from './waitlist.service';

/** A Monday in the future; the doctor works 09:00–17:00 UTC on weekdays. */
const DAY = '2030-01-07';
const at = (time: string, day = DAY) => new Date(`${day}T${time}:00.000Z`);
const interval = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });
const NOW = new Date('2030-01-06T12:00:00.000Z');

function time(overrides: Partial<DoctorTime> = {}): DoctorTime {
  return {
    hours: {
      timezone: 'UTC',
      blocks: [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, startMinute: 9 * 60, endMinute: 17 * 60 })),
    },
    policy: DEFAULT_BOOKING_POLICY,
    now: NOW,
    timeOff: [],
    booked: [],
    held: [],
    ownByPatient: new Map(),
    ...overrides,
  };
}

let counter = 0;
function entry(overrides: Partial<WaitingEntry> = {}): WaitingEntry {
  counter += 1;
  return {
    id: `entry-${counter}`,
    patientId: `patient-${counter}`,
    from: at('09:00'),
    to: at('17:00'),
    durationMinutes: 30,
    lapsed: null,
    ...overrides,
  };
}

const slotOf = (found: { startsAt: Date; endsAt: Date } | null) =>
  found && [found.startsAt.toISOString().slice(11, 16), found.endsAt.toISOString().slice(11, 16)];

describe('waitlist matching', () => {
  describe('offerableSlot', () => {
    it('offers the freed slot on the doctor’s grid', () => {
      expect(slotOf(offerableSlot(entry(), interval('10:00', '10:30'), time()))).toEqual(['10:00', '10:30']);
    });

    it('offers only time that overlaps the freed range, not time that was free already', () => {
      // 09:00 is free too, but it was not freed now.
      expect(slotOf(offerableSlot(entry(), interval('11:00', '11:30'), time()))).toEqual(['11:00', '11:30']);
    });

    it('keeps the slot inside the entry’s window', () => {
      const narrow = entry({ from: at('10:15'), to: at('11:00') });
      // The grid's 10:00 starts before the window; 10:30–11:00 fits it and overlaps the freed 10:00–11:00.
      expect(slotOf(offerableSlot(narrow, interval('10:00', '11:00'), time()))).toEqual(['10:30', '11:00']);
      const tooShort = entry({ from: at('10:00'), to: at('10:20') });
      expect(offerableSlot(tooShort, interval('10:00', '10:30'), time())).toBeNull();
    });

    it('uses the entry’s duration on its own grid, and needs the whole slot free', () => {
      const hour = entry({ durationMinutes: 60 });
      // 10:00–10:30 freed, 10:30–11:00 still booked: no hour-long slot.
      const booked = [interval('10:30', '11:00')];
      expect(offerableSlot(hour, interval('10:00', '10:30'), time({ booked }))).toBeNull();
      expect(slotOf(offerableSlot(hour, interval('10:00', '10:30'), time()))).toEqual(['10:00', '11:00']);
    });

    it('leaves out held time, time off, the patient’s own appointments and the doctor’s buffers', () => {
      const freed = interval('10:00', '11:00');
      expect(slotOf(offerableSlot(entry(), freed, time({ held: [interval('10:00', '10:30')] })))).toEqual([
        '10:30',
        '11:00',
      ]);
      expect(slotOf(offerableSlot(entry(), freed, time({ timeOff: [interval('10:00', '10:30')] })))).toEqual([
        '10:30',
        '11:00',
      ]);
      const patient = entry();
      const own = new Map([[patient.patientId, [interval('10:00', '10:30')]]]);
      expect(slotOf(offerableSlot(patient, freed, time({ ownByPatient: own })))).toEqual(['10:30', '11:00']);
      const buffered = time({
        policy: { ...DEFAULT_BOOKING_POLICY, bufferAfterMinutes: 15 },
        booked: [interval('10:30', '11:00')],
      });
      // A new 10:00–10:30 would block until 10:45 (its 15-minute after-buffer): it meets the 10:30 appointment.
      expect(offerableSlot(entry(), interval('10:00', '10:30'), buffered)).toBeNull();
    });

    it('never offers the interval of the entry’s lapsed offer again', () => {
      const lapsed = entry({ lapsed: interval('10:00', '10:30') });
      expect(offerableSlot(lapsed, interval('10:00', '10:30'), time())).toBeNull();
      expect(slotOf(offerableSlot(lapsed, interval('10:00', '11:00'), time()))).toEqual(['10:30', '11:00']);
    });

    it('holds a patient’s offer to notice and horizon, and offers nothing in the past', () => {
      const notice = time({ policy: { ...DEFAULT_BOOKING_POLICY, minimumNoticeMinutes: 60 }, now: at('09:30') });
      expect(offerableSlot(entry(), interval('10:00', '10:30'), notice)).toBeNull();
      expect(offerableSlot(entry(), interval('10:00', '10:30'), time({ now: at('10:10') }))).toBeNull();
    });
  });

  describe('offerCandidates', () => {
    it('keeps the order of the entries (oldest first), each with its slot, and skips those that do not fit', () => {
      const oldest = entry({ from: at('13:00'), to: at('14:00') });
      const fits = entry();
      const fitsToo = entry();
      const candidates = offerCandidates([oldest, fits, fitsToo], interval('10:00', '10:30'), time(), 10);
      expect(candidates.map((c) => [c.entry.id, ...slotOf(c.slot)!])).toEqual([
        [fits.id, '10:00', '10:30'],
        [fitsToo.id, '10:00', '10:30'],
      ]);
    });

    it('answers at most `limit` candidates', () => {
      const entries = [entry(), entry(), entry()];
      expect(offerCandidates(entries, interval('10:00', '10:30'), time(), 2)).toHaveLength(2);
    });
  });

  describe('assertJoinWindow', () => {
    const request = (from: string, to: string, durationMinutes = 30) => ({
      doctorId: 'd',
      from: new Date(from),
      to: new Date(to),
      durationMinutes,
    });
    const codeOf = (run: () => void) => {
      try {
        run();
        return null;
      } catch (error) {
        return (error as { code: string }).code;
      }
    };

    it('takes a window after from, long enough, at most 31 days, not over', () => {
      expect(codeOf(() => assertJoinWindow(request('2030-01-07T09:00Z', '2030-01-07T10:00Z'), NOW))).toBeNull();
      expect(codeOf(() => assertJoinWindow(request('2030-01-07T09:00Z', '2030-02-07T09:00Z'), NOW))).toBeNull();
      // Begun already, not over.
      expect(codeOf(() => assertJoinWindow(request('2030-01-06T09:00Z', '2030-01-07T10:00Z'), NOW))).toBeNull();
    });

    it('refuses the rest with the contract’s codes', () => {
      const cases: [string, string, number, string][] = [
        ['2030-01-07T10:00Z', '2030-01-07T10:00Z', 30, 'VALIDATION_FAILED'],
        ['2030-01-07T10:00Z', '2030-01-07T09:00Z', 30, 'VALIDATION_FAILED'],
        ['2030-01-07T10:00Z', '2030-01-07T10:45Z', 60, 'VALIDATION_FAILED'],
        ['2030-01-07T09:00Z', '2030-02-07T09:01Z', 30, 'RANGE_TOO_LARGE'],
        ['2030-01-05T09:00Z', '2030-01-06T12:00Z', 30, 'START_IN_PAST'],
      ];
      for (const [from, to, minutes, code] of cases) {
        expect([from, to, codeOf(() => assertJoinWindow(request(from, to, minutes), NOW))]).toEqual([from, to, code]);
      }
    });
  });
});
