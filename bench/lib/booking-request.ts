import { randomUUID } from 'node:crypto';
import { BOOKING_MINUTES, type SlotBook } from './calendar';
import { idOf } from './population';
import type { Session } from './sessions';

/** One `POST /api/v1/appointments`, for autocannon's `nextRequest` or for `fetch` (`sendBooking`). */
export interface BookingRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * A booking as a patient sends it: their token, a fresh `Idempotency-Key`, and the next free slot of doctor number
 * `doctor` in the run's slot book (so no two of the run's bookings ask for the same time of one doctor).
 */
export function bookingRequest(slots: SlotBook, session: Session, doctor: number, reason?: string): BookingRequest {
  return {
    method: 'POST',
    path: '/api/v1/appointments',
    headers: { ...session.headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      doctorId: idOf('doctor', doctor),
      startsAt: slots.next(doctor).toISOString(),
      durationMinutes: BOOKING_MINUTES,
      ...(reason === undefined ? {} : { reason }),
    }),
  };
}

export function sendBooking(baseUrl: string, request: BookingRequest): Promise<Response> {
  return fetch(`${baseUrl}${request.path}`, request);
}
