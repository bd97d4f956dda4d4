import {
  END_TIME_OF_DAY,
  isWithinWorkingHours,
  minutesOf,
  scheduleProblems,
  TIME_OF_DAY,
  timeOf,
  type WeeklyBlock,
  parseWeeklyHours,
  weeklyHoursText,
} from './working-hours';

const weekdays: WeeklyBlock[] = [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, startMinute: 540, endMinute: 1020 }));

describe('isWithinWorkingHours', () => {
  it('accepts an interval inside a block and refuses one that leaves it', () => {
    // 2026-03-02 is a Monday.
    expect(isWithinWorkingHours(weekdays, 'UTC', new Date('2026-03-02T09:00Z'), new Date('2026-03-02T09:30Z'))).toBe(
      true,
    );
    expect(isWithinWorkingHours(weekdays, 'UTC', new Date('2026-03-02T16:30Z'), new Date('2026-03-02T17:00Z'))).toBe(
      true,
    );
    expect(isWithinWorkingHours(weekdays, 'UTC', new Date('2026-03-02T16:45Z'), new Date('2026-03-02T17:15Z'))).toBe(
      false,
    );
    expect(isWithinWorkingHours(weekdays, 'UTC', new Date('2026-03-02T08:45Z'), new Date('2026-03-02T09:15Z'))).toBe(
      false,
    );
  });

  it('refuses weekends', () => {
    expect(isWithinWorkingHours(weekdays, 'UTC', new Date('2026-03-07T10:00Z'), new Date('2026-03-07T10:30Z'))).toBe(
      false,
    );
  });

  it('reads the hours on the wall clock of the doctor across a daylight-saving change', () => {
    // Berlin: CEST (+02:00) until 2026-10-25, CET (+01:00) after.
    expect(
      isWithinWorkingHours(weekdays, 'Europe/Berlin', new Date('2026-10-23T07:00Z'), new Date('2026-10-23T07:30Z')),
    ).toBe(true);
    expect(
      isWithinWorkingHours(weekdays, 'Europe/Berlin', new Date('2026-10-26T08:00Z'), new Date('2026-10-26T08:30Z')),
    ).toBe(true);
    expect(
      isWithinWorkingHours(weekdays, 'Europe/Berlin', new Date('2026-10-26T07:00Z'), new Date('2026-10-26T07:30Z')),
    ).toBe(false);
  });

  it('accepts a block that runs to midnight but not an interval spanning two days', () => {
    const late: WeeklyBlock[] = [{ dayOfWeek: 1, startMinute: 1320, endMinute: 1440 }];
    expect(isWithinWorkingHours(late, 'UTC', new Date('2026-03-02T23:30Z'), new Date('2026-03-03T00:00Z'))).toBe(true);
    expect(isWithinWorkingHours(late, 'UTC', new Date('2026-03-02T23:45Z'), new Date('2026-03-03T00:15Z'))).toBe(false);
  });
});

describe('times of day', () => {
  it('turns HH:MM into minutes after midnight and back, 24:00 included', () => {
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('09:30')).toBe(570);
    expect(minutesOf('24:00')).toBe(1440);
    expect(timeOf(570)).toBe('09:30');
    expect(timeOf(5)).toBe('00:05');
    expect(timeOf(1440)).toBe('24:00');
  });

  it('accepts 24:00 only as an end time', () => {
    expect(TIME_OF_DAY.test('23:59')).toBe(true);
    expect(TIME_OF_DAY.test('24:00')).toBe(false);
    expect(END_TIME_OF_DAY.test('24:00')).toBe(true);
    for (const bad of ['9:00', '24:01', '25:00', '12:60', '12:5', '12:00:00', ' 12:00']) {
      expect(END_TIME_OF_DAY.test(bad)).toBe(false);
    }
  });
});

describe('scheduleProblems', () => {
  const block = (dayOfWeek: number, start: string, end: string): WeeklyBlock => ({
    dayOfWeek,
    startMinute: minutesOf(start),
    endMinute: minutesOf(end),
  });

  it('accepts touching blocks, the same hours on different days and an empty week', () => {
    expect(scheduleProblems([])).toEqual([]);
    expect(
      scheduleProblems([block(1, '09:00', '12:00'), block(1, '12:00', '17:00'), block(2, '09:00', '17:00')]),
    ).toEqual([]);
  });

  it('names a block that ends before it starts', () => {
    expect(
      scheduleProblems([block(1, '09:00', '17:00'), block(2, '17:00', '09:00'), block(3, '10:00', '10:00')]),
    ).toEqual([
      { index: 1, field: 'endTime', message: 'endTime must be after startTime' },
      { index: 2, field: 'endTime', message: 'endTime must be after startTime' },
    ]);
  });

  it('names the later of two overlapping blocks of one day, whatever the given order', () => {
    const problems = scheduleProblems([block(3, '13:00', '18:00'), block(3, '09:00', '14:00')]);
    expect(problems).toEqual([expect.objectContaining({ index: 0, field: 'startTime' })]);
    expect(problems[0].message).toContain('09:00–14:00');
  });

  it('catches every block inside a long one, not only the first', () => {
    const problems = scheduleProblems([
      block(1, '08:00', '20:00'),
      block(1, '09:00', '10:00'),
      block(1, '12:00', '13:00'),
    ]);
    expect(problems.map((p) => p.index)).toEqual([1, 2]);
  });
});

describe('weekly hours as one text (doctors.weekly_hours)', () => {
  it('writes each block as day:start-end, space-separated, and reads it back', () => {
    const blocks = [
      { dayOfWeek: 1, startMinute: 480, endMinute: 720 },
      { dayOfWeek: 1, startMinute: 780, endMinute: 1020 },
      { dayOfWeek: 7, startMinute: 0, endMinute: 1440 },
    ];
    expect(weeklyHoursText(blocks)).toBe('1:480-720 1:780-1020 7:0-1440');
    expect(parseWeeklyHours(weeklyHoursText(blocks))).toEqual(blocks);
  });

  it('throws on any other form instead of reading it as NaN blocks', () => {
    for (const text of ['', '1:480', '8:0-60', '1:480-720  2:0-60', '1:a-720', '1:480-720,2:0-60']) {
      expect(() => parseWeeklyHours(text)).toThrow(/not a weekly-hours text/);
    }
  });
});
