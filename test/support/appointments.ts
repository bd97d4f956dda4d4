import type { Appointment } from '@app/contracts';
import request from 'supertest';
import type { Session } from './factories';
import type { TestApp } from './test-app';

const DAY_MS = 24 * 60 * 60 * 1000;

/** UTC midnight of the first Monday–Friday at least `minDaysAhead` days from now. */
export function nextWeekday(minDaysAhead = 2): Date {
  const day = new Date(Date.now() + minDaysAhead * DAY_MS);
  day.setUTCHours(0, 0, 0, 0);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) {
    day.setTime(day.getTime() + DAY_MS);
  }
  return day;
}

/** The `n`-th Monday–Friday after `day` (n = 0 is `day` itself when it is a weekday). */
export function weekdayAfter(day: Date, n: number): Date {
  const next = new Date(day);
  let left = n;
  while (left > 0 || next.getUTCDay() === 0 || next.getUTCDay() === 6) {
    next.setTime(next.getTime() + DAY_MS);
    if (next.getUTCDay() !== 0 && next.getUTCDay() !== 6) {
      left -= 1;
    }
  }
  return next;
}

/** `at(day, '10:30')` → `2030-01-07T10:30:00.000Z` (doctors in tests work 09:00–17:00 UTC). */
export function at(day: Date, time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(day.getTime() + (hours * 60 + minutes) * 60_000).toISOString();
}

/** Hands out successive non-overlapping slots inside 09:00–17:00 UTC on weekdays, from `firstDay` on. */
export class SlotClock {
  private day: Date;
  private minute = 9 * 60;

  constructor(
    firstDay = nextWeekday(7),
    readonly durationMinutes = 30,
  ) {
    this.day = weekdayAfter(firstDay, 0);
  }

  next(): string {
    if (this.minute + this.durationMinutes > 17 * 60) {
      this.day = weekdayAfter(this.day, 1);
      this.minute = 9 * 60;
    }
    const startsAt = new Date(this.day.getTime() + this.minute * 60_000).toISOString();
    this.minute += this.durationMinutes;
    return startsAt;
  }
}

export function bookRequest(t: TestApp, session: Session, body: Record<string, unknown>, key?: string) {
  const req = request(t.url).post('/api/v1/appointments').set(session.auth);
  if (key !== undefined) {
    void req.set('Idempotency-Key', key);
  }
  return req.send(body);
}

/** Books and expects 201. */
export async function book(t: TestApp, session: Session, body: Record<string, unknown>): Promise<Appointment> {
  const res = await bookRequest(t, session, body);
  if (res.status !== 201) {
    throw new Error(`booking answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return res.body as Appointment;
}

export async function setStatus(
  t: TestApp,
  session: Session,
  id: string,
  status: string,
  reason?: string,
): Promise<request.Response> {
  return request(t.url)
    .patch(`/api/v1/appointments/${id}/status`)
    .set(session.auth)
    .send(reason === undefined ? { status } : { status, reason });
}
