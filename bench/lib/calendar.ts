const DAY_MS = 24 * 60 * 60 * 1000;
const SLOT_MINUTES = 30;
/** Monday–Friday 09:00–17:00 UTC, as seeded: 16 half-hour slots a day. */
const DAY_START_MINUTE = 9 * 60;
const SLOTS_PER_DAY = 16;

/** The dates everything is laid out on, fixed once per run (UTC; seeded doctors work in UTC). */
export interface Calendar {
  /** Seeded appointments cover [seedFrom, seedTo): about nine months back and three ahead. */
  seedFrom: Date;
  seedTo: Date;
  /** The Monday where benchmark bookings start: after every seeded appointment, so its slots are free. */
  bookingFrom: Date;
  /** The week the list scenario reads (this week, Monday 00:00 UTC): it holds past and upcoming appointments. */
  listWeekFrom: Date;
  /** Where the free-slot scenario starts looking: tomorrow 00:00 UTC. */
  slotsFrom: Date;
}

function utcMidnight(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The Monday on or after `date` (ISO weeks). */
function mondayOnOrAfter(date: Date): Date {
  const isoDay = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  return isoDay === 1 ? date : addDays(date, 8 - isoDay);
}

export function makeCalendar(now: Date): Calendar {
  const today = utcMidnight(now);
  const seedTo = addDays(today, 95);
  const isoDay = today.getUTCDay() === 0 ? 7 : today.getUTCDay();
  return {
    seedFrom: addDays(today, -270),
    seedTo,
    bookingFrom: mondayOnOrAfter(addDays(seedTo, 7)),
    listWeekFrom: addDays(today, 1 - isoDay),
    slotsFrom: addDays(today, 1),
  };
}

export function plusDays(date: Date, days: number): Date {
  return addDays(date, days);
}

/**
 * Hands out free half-hour slots per doctor, in time order from `bookingFrom`, each exactly once per run: every
 * booking the harness makes (through the app or straight through pg) takes its slot here, so none collide unless a
 * scenario means them to.
 */
export class SlotBook {
  private readonly used = new Map<number, number>();

  constructor(private readonly from: Date) {}

  next(doctorIndex: number): Date {
    const n = this.used.get(doctorIndex) ?? 0;
    this.used.set(doctorIndex, n + 1);
    const workday = Math.floor(n / SLOTS_PER_DAY);
    const day = addDays(this.from, Math.floor(workday / 5) * 7 + (workday % 5));
    return new Date(day.getTime() + (DAY_START_MINUTE + SLOT_MINUTES * (n % SLOTS_PER_DAY)) * 60_000);
  }
}

export const BOOKING_MINUTES = SLOT_MINUTES;
