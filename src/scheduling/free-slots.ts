import { DateTime } from 'luxon';
import { zoneOf } from '../common/time/zones';
import { blockOn, wallClockOn, weeklyHoursText, type WeeklyBlock } from './working-hours';

export interface TimeInterval {
  startsAt: Date;
  endsAt: Date;
}

export interface FreeSlotQuery {
  /** The doctor's weekly blocks, in minutes after local midnight. */
  blocks: readonly WeeklyBlock[];
  /** IANA zone the blocks are read in. */
  timezone: string;
  /** Slots start in [from, to). */
  from: Date;
  to: Date;
  durationMinutes: number;
  /** Time off and slot-holding appointments; any order, may overlap each other. */
  busy: readonly TimeInterval[];
  now: Date;
}

interface MillisInterval {
  start: number;
  end: number;
}

/** Sorted, disjoint intervals (what `freeStarts` walks beside the grid). */
function mergeBusy(busy: readonly TimeInterval[]): MillisInterval[] {
  const sorted = busy
    .map((b) => ({ start: b.startsAt.getTime(), end: b.endsAt.getTime() }))
    .filter((b) => b.end > b.start)
    .sort((a, b) => a.start - b.start);
  const merged: MillisInterval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) {
      last.end = Math.max(last.end, interval.end);
    } else {
      merged.push({ ...interval });
    }
  }
  return merged;
}

function blocksByWeekday(blocks: readonly WeeklyBlock[]): Map<number, WeeklyBlock[]> {
  const byDay = new Map<number, WeeklyBlock[]>();
  for (const block of [...blocks].sort((a, b) => a.startMinute - b.startMinute)) {
    byDay.set(block.dayOfWeek, [...(byDay.get(block.dayOfWeek) ?? []), block]);
  }
  return byDay;
}

/**
 * The start instants of a block's grid whose slot of `durationMinutes` fits in the block. When the block has
 * as many real minutes as wall-clock ones (no change inside it: nearly always) its grid is plain steps from the
 * start; only a block spanning a change is walked on the wall clock point by point (Luxon zone lookups are slow).
 */
function gridOf(day: DateTime, block: WeeklyBlock, durationMinutes: number): number[] {
  const { start: blockStart, end: blockEnd } = blockOn(day, block);
  const stepMs = durationMinutes * 60_000;
  const grid: number[] = [];
  if (blockEnd - blockStart === (block.endMinute - block.startMinute) * 60_000) {
    for (let start = blockStart; start + stepMs <= blockEnd; start += stepMs) {
      grid.push(start);
    }
    return grid;
  }
  for (let minute = block.startMinute; minute < block.endMinute; minute += durationMinutes) {
    const start = wallClockOn(day, minute);
    if (start.hour * 60 + start.minute !== minute || start.day !== day.day) {
      continue; // this wall-clock time does not exist today (spring forward)
    }
    if (start.toMillis() < blockStart) {
      continue; // before a block start that itself fell into the spring-forward gap
    }
    if (start.toMillis() + stepMs > blockEnd) {
      break;
    }
    grid.push(start.toMillis());
  }
  return grid;
}

/** What a doctor's grid of start times is computed from: their hours, a range, a duration. */
export type SlotGridQuery = Omit<FreeSlotQuery, 'busy'>;

/**
 * The start instants (ms, ascending, distinct) of every `durationMinutes` slot inside the doctor's working blocks
 * that starts in [from, to) and not before `now`; busy time not yet taken out. A pure function of its query, so
 * doctors with the same hours and zone share one grid, and a grid computed once serves every later request for the
 * same days: the wall-clock walk (Luxon) was a tenth of the app's time on `GET /slots`.
 */
export function slotGrid(query: SlotGridQuery): number[] {
  const bounds = boundsOf(query);
  if (!bounds) {
    return [];
  }
  const { earliest, latest } = bounds;
  // The grid of the whole UTC days around the range is kept (`gridCache`); the answer is its part in the range.
  const dayFrom = Math.floor(earliest / DAY_MS) * DAY_MS;
  const dayTo = Math.ceil(latest / DAY_MS) * DAY_MS;
  const key = gridKey(query, dayFrom, dayTo);
  let days = gridCache.get(key);
  if (days) {
    gridCache.delete(key); // most recently used last
    gridCache.set(key, days);
  } else {
    days = gridBetween(query, dayFrom, dayTo);
    gridCache.set(key, days);
    trimGridCache(days.length);
  }
  return days.slice(firstAtOrAfter(days, earliest), firstAtOrAfter(days, latest));
}

const DAY_MS = 24 * 60 * 60_000;
/** Grids kept, least recently used first, and the starts they hold (the cache is bounded by both). */
const gridCache = new Map<string, readonly number[]>();
let gridCacheStarts = 0;
const MAX_CACHED_GRIDS = 500;
const MAX_CACHED_STARTS = 200_000;

function gridKey(query: SlotGridQuery, dayFrom: number, dayTo: number): string {
  return `${query.timezone} ${query.durationMinutes} ${dayFrom} ${dayTo} ${weeklyHoursText(query.blocks)}`;
}

function trimGridCache(added: number): void {
  gridCacheStarts += added;
  for (const [key, grid] of gridCache) {
    if (gridCache.size <= MAX_CACHED_GRIDS && gridCacheStarts <= MAX_CACHED_STARTS) {
      return;
    }
    gridCache.delete(key);
    gridCacheStarts -= grid.length;
  }
}

/** The index of the first start at or after `instant` (the length when there is none). */
function firstAtOrAfter(grid: readonly number[], instant: number): number {
  let low = 0;
  let high = grid.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (grid[middle] < instant) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/** `slotGrid` computed afresh, without the kept grids (what the tests hold the kept answers to). */
export function computeSlotGrid(query: SlotGridQuery): number[] {
  const bounds = boundsOf(query);
  return bounds ? gridBetween(query, bounds.earliest, bounds.latest) : [];
}

/** Starts in [earliest, latest): from `from` but not before `now`, up to `to`; null when there can be none. */
function boundsOf(query: SlotGridQuery): { earliest: number; latest: number } | null {
  const earliest = Math.max(query.from.getTime(), query.now.getTime());
  const latest = query.to.getTime();
  return query.durationMinutes > 0 && earliest < latest ? { earliest, latest } : null;
}

/** Every start of the grid in [earliest, latest), computed on the doctor's wall clock (Luxon). */
function gridBetween(query: SlotGridQuery, earliest: number, latest: number): number[] {
  const firstDay = DateTime.fromMillis(earliest, { zone: zoneOf(query.timezone) }).startOf('day');
  const lastDay = DateTime.fromMillis(latest, { zone: zoneOf(query.timezone) }).startOf('day');
  if (!firstDay.isValid || !lastDay.isValid) {
    return [];
  }
  const byDay = blocksByWeekday(query.blocks);
  const starts = new Set<number>();
  for (let day = firstDay; day <= lastDay; day = day.plus({ days: 1 }).startOf('day')) {
    for (const block of byDay.get(day.weekday) ?? []) {
      for (const startMs of gridOf(day, block, query.durationMinutes)) {
        if (startMs >= earliest && startMs < latest) {
          starts.add(startMs);
        }
      }
    }
  }
  // A set and a sort, because blocks placed in a spring-forward gap can map onto real time out of order.
  return [...starts].sort((a, b) => a - b);
}

/**
 * The starts of `grid` (ascending) in [from, to) whose slot of `durationMs` overlaps no busy interval (half-open:
 * touching is free), at most `limit` of them: one pass over the grid and the merged busy intervals.
 */
export function freeStarts(
  grid: readonly number[],
  busy: readonly TimeInterval[],
  durationMs: number,
  range: { from: number; to: number },
  limit = Number.POSITIVE_INFINITY,
): number[] {
  const merged = mergeBusy(busy);
  const free: number[] = [];
  let next = 0;
  for (let i = firstAtOrAfter(grid, range.from); i < grid.length && grid[i] < range.to && free.length < limit; i += 1) {
    const start = grid[i];
    while (next < merged.length && merged[next].end <= start) {
      next += 1;
    }
    if (next === merged.length || merged[next].start >= start + durationMs) {
      free.push(start);
    }
  }
  return free;
}

/**
 * The free start times of a doctor: every `durationMinutes` from the start of each working block on the
 * doctor's wall clock (Luxon does the zone arithmetic, so a 09:00 block is 09:00 local on both sides of a
 * daylight-saving change). A slot lasts `durationMinutes` of real time, lies entirely inside its block (the
 * `blockOn` interval that `isWithinWorkingHours` also uses, so the booking check accepts every slot), starts in
 * [from, to), not before `now`, and does not overlap a busy interval (half-open: touching is free).
 *
 * Around a change inside a block, wall-clock grid points that do not exist (spring forward) are skipped and a
 * repeated one (fall back) is offered once, at Luxon's choice of offset. Pure: no clock, no database.
 */
export function findFreeSlots(query: FreeSlotQuery): TimeInterval[] {
  const durationMs = query.durationMinutes * 60_000;
  const range = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY };
  return freeStarts(slotGrid(query), query.busy, durationMs, range).map((startMs) => ({
    startsAt: new Date(startMs),
    endsAt: new Date(startMs + durationMs),
  }));
}
