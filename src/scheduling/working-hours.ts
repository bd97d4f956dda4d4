import { DateTime } from 'luxon';
import { zoneOf } from '../common/time/zones';

export interface WeeklyBlock {
  /** ISO day of week, 1 = Monday. */
  dayOfWeek: number;
  /** Minutes after local midnight. */
  startMinute: number;
  endMinute: number;
}

/** A wall-clock minute of a local day (from `startOf('day')`) as an instant; 1440 is the next local midnight. */
export function wallClockOn(day: DateTime, minute: number): DateTime {
  if (minute >= 24 * 60) {
    return day.plus({ days: 1 }).startOf('day');
  }
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60, second: 0, millisecond: 0 });
}

/**
 * A block on one local day as real time, [start, end) in epoch milliseconds. Luxon maps the wall-clock ends, so a
 * 09:00 block is 09:00 local on both sides of a daylight-saving change; an end that does not exist that day
 * (02:00 on a spring-forward night) is the instant the clock jumps.
 */
export function blockOn(day: DateTime, block: WeeklyBlock): { start: number; end: number } {
  return { start: wallClockOn(day, block.startMinute).toMillis(), end: wallClockOn(day, block.endMinute).toMillis() };
}

/**
 * Whether [startsAt, endsAt) lies inside one working block of the local day it starts on, in the doctor's time
 * zone. An interval may end exactly at local midnight (a block up to 24:00) but never spans two local days, as
 * blocks do not. `findFreeSlots` places slots inside the same `blockOn` intervals, so every offered slot passes.
 */
export function isWithinWorkingHours(blocks: readonly WeeklyBlock[], timezone: string, startsAt: Date, endsAt: Date) {
  const start = DateTime.fromJSDate(startsAt, { zone: zoneOf(timezone) });
  if (!start.isValid || endsAt <= startsAt) {
    return false;
  }
  const day = start.startOf('day');
  return blocks.some((block) => {
    if (block.dayOfWeek !== start.weekday) {
      return false;
    }
    const interval = blockOn(day, block);
    return interval.start <= startsAt.getTime() && endsAt.getTime() <= interval.end;
  });
}

/**
 * Weekly blocks as one text, `day:start-end` per block, space-separated (`1:540-1020 2:540-1020`): the form
 * `doctors.weekly_hours` holds (the database writes it from `doctor_working_hours`, ordered by day and start, and a
 * CHECK constraint holds it to this form), and a key that is equal for equal blocks given in the same order.
 */
export function weeklyHoursText(blocks: readonly WeeklyBlock[]): string {
  return blocks.map((block) => `${block.dayOfWeek}:${block.startMinute}-${block.endMinute}`).join(' ');
}

const WEEKLY_HOURS_BLOCK = /^([1-7]):(\d{1,4})-(\d{1,4})$/;

/** The blocks of a `weeklyHoursText`; a text in any other form is a programming error and throws. */
export function parseWeeklyHours(text: string): WeeklyBlock[] {
  return text.split(' ').map((part) => {
    const match = WEEKLY_HOURS_BLOCK.exec(part);
    if (!match) {
      throw new Error(`not a weekly-hours text: ${JSON.stringify(text)}`);
    }
    return { dayOfWeek: Number(match[1]), startMinute: Number(match[2]), endMinute: Number(match[3]) };
  });
}

/** `HH:MM` on a 24-hour clock; `24:00` is only valid as the end of a block. */
export const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
export const END_TIME_OF_DAY = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** `"09:30"` → 570. Expects a string that matched `END_TIME_OF_DAY`. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** 570 → `"09:30"`, 1440 → `"24:00"`. */
export function timeOf(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export interface ScheduleProblem {
  /** Position of the block in the given list. */
  index: number;
  field: 'startTime' | 'endTime';
  message: string;
}

/**
 * Problems of a weekly schedule the field validators cannot see: a block that ends before it starts, or two
 * blocks of one day that overlap (touching is fine: 09:00–12:00 and 12:00–17:00). The database's exclusion
 * constraint `ex_working_hours_overlap` guards the same rule.
 */
export function scheduleProblems(blocks: readonly WeeklyBlock[]): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  blocks.forEach((block, index) => {
    if (block.startMinute >= block.endMinute) {
      problems.push({ index, field: 'endTime', message: 'endTime must be after startTime' });
    }
  });
  const ordered = blocks
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => block.startMinute < block.endMinute)
    .sort((a, b) => a.block.dayOfWeek - b.block.dayOfWeek || a.block.startMinute - b.block.startMinute);
  // Against the latest-ending earlier block of the day, so a long block catches every block inside it.
  let latest: WeeklyBlock | undefined;
  for (const { block, index } of ordered) {
    if (latest && latest.dayOfWeek === block.dayOfWeek && block.startMinute < latest.endMinute) {
      problems.push({
        index,
        field: 'startTime',
        message: `overlaps the block ${timeOf(latest.startMinute)}–${timeOf(latest.endMinute)} of the same day`,
      });
    }
    if (!latest || latest.dayOfWeek !== block.dayOfWeek || block.endMinute > latest.endMinute) {
      latest = block;
    }
  }
  return problems;
}

/** Monday–Friday 09:00–17:00 local time, every new doctor's starting schedule. */
export const DEFAULT_WEEKLY_HOURS = [1, 2, 3, 4, 5].map((dayOfWeek) => ({
  dayOfWeek,
  startMinute: 9 * 60,
  endMinute: 17 * 60,
}));
