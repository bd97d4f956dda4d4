import type { Recurrence } from '@app/contracts';
import { DateTime } from 'luxon';

/**
 * The start of every occurrence of a series, first to last: the first is `startsAt` itself, each later one
 * `interval` days or weeks after it at the same local wall-clock time in `timezone` (the doctor's), so a 09:00
 * appointment stays at 09:00 local across a daylight-saving change and moves by an hour in UTC.
 *
 * Each occurrence is counted from the first (never from the one before), so a shifted one does not shift the rest.
 * A wall time that does not exist on an occurrence's day (02:30 on a spring-forward night in Europe/Berlin) moves
 * forward by the gap, to the instant it would be had the clock not jumped (03:30 local), as luxon maps it. A wall
 * time that exists twice (02:30 on a fall-back night) is the earlier of the two instants (still in summer time).
 */
export function occurrenceStarts(startsAt: Date, timezone: string, recurrence: Recurrence): Date[] {
  const first = DateTime.fromJSDate(startsAt, { zone: timezone });
  const unit = recurrence.frequency === 'daily' ? 'days' : 'weeks';
  const starts: Date[] = [];
  for (let i = 0; i < recurrence.count; i += 1) {
    const shifted = i === 0 ? first : earliestOfWallTime(first.plus({ [unit]: i * recurrence.interval }));
    starts.push(shifted.toJSDate());
  }
  return starts;
}

/** The earlier instant of an ambiguous wall time (a fall-back night), else `local` itself. */
function earliestOfWallTime(local: DateTime): DateTime {
  // The offset a few hours before: larger than now's only just after the clocks went back.
  const before = local.minus({ hours: 3 }).offset;
  if (before <= local.offset) {
    return local;
  }
  const earlier = local.minus({ minutes: before - local.offset });
  return earlier.hour === local.hour && earlier.minute === local.minute ? earlier : local;
}
