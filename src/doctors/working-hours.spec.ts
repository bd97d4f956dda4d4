import { isWithinWorkingHours, type WeeklyBlock } from './working-hours';

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
