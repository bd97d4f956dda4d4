import { reminderKey, reminderStillDue, remindersOf } from './reminder-plan';

const MINUTE = 60_000;
const start = new Date('2031-03-03T10:00:00.000Z');
const appointment = { id: 'a1', startsAt: '2031-03-03T10:00:00+00:00', status: 'pending' as const };

describe('remindersOf', () => {
  it('plans one reminder per lead at start − lead, keyed by appointment, lead and start', () => {
    const since = new Date(start.getTime() - 3 * 24 * 60 * MINUTE);
    expect(remindersOf(appointment, [1440, 60], since)).toEqual([
      {
        kind: 'appointment.reminder',
        dedupeKey: 'appointment.reminder:a1:1440:2031-03-03T10:00:00.000Z',
        payload: { appointmentId: 'a1', minutesBefore: 1440, startsAt: '2031-03-03T10:00:00.000Z' },
        runAt: new Date('2031-03-02T10:00:00.000Z'),
      },
      {
        kind: 'appointment.reminder',
        dedupeKey: reminderKey('a1', 60, '2031-03-03T10:00:00.000Z'),
        payload: { appointmentId: 'a1', minutesBefore: 60, startsAt: '2031-03-03T10:00:00.000Z' },
        runAt: new Date('2031-03-03T09:00:00.000Z'),
      },
    ]);
  });

  it('plans none for a lead whose time came before the booking or the move', () => {
    const thirtyMinutesAhead = new Date(start.getTime() - 30 * MINUTE);
    expect(remindersOf(appointment, [1440, 60], thirtyMinutesAhead)).toEqual([]);
    const twoHoursAhead = new Date(start.getTime() - 120 * MINUTE);
    expect(remindersOf(appointment, [1440, 60], twoHoursAhead).map((job) => job.payload.minutesBefore)).toEqual([60]);
    // Exactly at the reminder's time: it did not come after the booking.
    expect(remindersOf(appointment, [60], new Date(start.getTime() - 60 * MINUTE))).toEqual([]);
  });

  it('plans none when reminders are off or the appointment is not pending or confirmed', () => {
    const since = new Date(start.getTime() - 7 * 24 * 60 * MINUTE);
    expect(remindersOf(appointment, [], since)).toEqual([]);
    expect(remindersOf({ ...appointment, status: 'confirmed' }, [60], since)).toHaveLength(1);
    for (const status of ['cancelled', 'in_progress', 'completed', 'no_show'] as const) {
      expect(remindersOf({ ...appointment, status }, [60], since)).toEqual([]);
    }
  });
});

describe('reminderStillDue', () => {
  const planned = '2031-03-03T10:00:00.000Z';
  const before = new Date(start.getTime() - 60 * MINUTE);

  it('sends for a pending or confirmed appointment still at the planned start that has not started', () => {
    expect(reminderStillDue({ status: 'pending', startsAt: start }, planned, before)).toBe(true);
    expect(reminderStillDue({ status: 'confirmed', startsAt: start }, planned, before)).toBe(true);
    // Late (the service was down at the reminder's time) but before the start: still sent.
    expect(reminderStillDue({ status: 'confirmed', startsAt: start }, planned, new Date(start.getTime() - 1))).toBe(
      true,
    );
  });

  it('sends nothing for an appointment cancelled, deleted, moved or already started', () => {
    expect(reminderStillDue({ status: 'cancelled', startsAt: start }, planned, before)).toBe(false);
    expect(reminderStillDue({ status: 'in_progress', startsAt: start }, planned, before)).toBe(false);
    expect(reminderStillDue(undefined, planned, before)).toBe(false);
    const moved = new Date(start.getTime() + 30 * MINUTE);
    expect(reminderStillDue({ status: 'pending', startsAt: moved }, planned, before)).toBe(false);
    expect(reminderStillDue({ status: 'pending', startsAt: start }, planned, start)).toBe(false);
  });
});
