import type { AvailabilityExplanation, BookingPolicy } from '@app/contracts';
import request from 'supertest';
import type { Session } from './factories';
import type { TestApp } from './test-app';

/** Replaces a doctor's booking policy (as `session`, the doctor or an admin) and expects 200. */
export async function setPolicy(
  t: TestApp,
  session: Session,
  doctorId: string,
  policy: Partial<BookingPolicy>,
): Promise<BookingPolicy> {
  const res = await request(t.url).put(`/api/v1/doctors/${doctorId}/booking-policy`).set(session.auth).send(policy);
  if (res.status !== 200) {
    throw new Error(`PUT booking-policy answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return res.body as BookingPolicy;
}

export function holdRequest(t: TestApp, session: Session, body: Record<string, unknown>) {
  return request(t.url).post('/api/v1/appointments/holds').set(session.auth).send(body);
}

export interface HoldBody {
  id: string;
  doctorId: string;
  patientId: string;
  startsAt: string;
  endsAt: string;
  expiresAt: string;
}

/** Holds and expects 201. */
export async function hold(t: TestApp, session: Session, body: Record<string, unknown>): Promise<HoldBody> {
  const res = await holdRequest(t, session, body);
  if (res.status !== 201) {
    throw new Error(`hold answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return res.body as HoldBody;
}

/** `GET /doctors/:id/availability/explain` as `session`, expecting 200. */
export async function explain(
  t: TestApp,
  session: Session,
  doctorId: string,
  startsAt: string,
  durationMinutes = 30,
): Promise<AvailabilityExplanation> {
  const res = await request(t.url)
    .get(`/api/v1/doctors/${doctorId}/availability/explain`)
    .query({ startsAt, durationMinutes })
    .set(session.auth);
  if (res.status !== 200) {
    throw new Error(`explain answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return res.body as AvailabilityExplanation;
}

/** Start times of `GET /doctors/:id/slots` for `session`. */
export async function slotStarts(
  t: TestApp,
  session: Session,
  doctorId: string,
  from: string,
  to: string,
  durationMinutes = 30,
): Promise<string[]> {
  const res = await request(t.url)
    .get(`/api/v1/doctors/${doctorId}/slots`)
    .query({ from, to, durationMinutes })
    .set(session.auth);
  if (res.status !== 200) {
    throw new Error(`slots answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return (res.body.slots as { startsAt: string }[]).map((slot) => slot.startsAt);
}

/** Whole minutes from now until `iso` (rounded down). */
export function minutesUntil(iso: string): number {
  return Math.floor((Date.parse(iso) - Date.now()) / 60_000);
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** UTC midnight of `day` plus `days` days, as a Date. */
export function plusDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}
