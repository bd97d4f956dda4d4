import { DateTime } from 'luxon';

export interface WeeklyBlock {
  /** ISO day of week, 1 = Monday. */
  dayOfWeek: number;
  /** Minutes after local midnight. */
  startMinute: number;
  endMinute: number;
}

/**
 * Whether [startsAt, endsAt) lies inside one working block, read on the wall clock of the doctor's time zone
 * (a 09:00 block is 09:00 local on both sides of a daylight-saving change). An interval may end exactly at
 * local midnight (a block up to 24:00) but may not span two local days.
 */
export function isWithinWorkingHours(blocks: readonly WeeklyBlock[], timezone: string, startsAt: Date, endsAt: Date) {
  const start = DateTime.fromJSDate(startsAt, { zone: timezone });
  const end = DateTime.fromJSDate(endsAt, { zone: timezone });
  if (!start.isValid || !end.isValid || endsAt <= startsAt) {
    return false;
  }
  const startMinute = start.hour * 60 + start.minute + start.second / 60;
  let endMinute: number;
  if (end.hasSame(start, 'day')) {
    endMinute = end.hour * 60 + end.minute + end.second / 60;
  } else if (end.toMillis() === start.startOf('day').plus({ days: 1 }).toMillis()) {
    endMinute = 24 * 60;
  } else {
    return false;
  }
  return blocks.some(
    (block) => block.dayOfWeek === start.weekday && block.startMinute <= startMinute && endMinute <= block.endMinute,
  );
}
