import type { Role } from './roles';

export const APPOINTMENT_STATUSES = [
  'pending',
  'confirmed',
  'in_progress',
  'completed',
  'cancelled',
  'no_show',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export interface AppointmentTransition {
  from: readonly AppointmentStatus[];
  to: AppointmentStatus;
  roles: readonly Role[];
}

/** The contract's table of status moves: the service, the tests and the OpenAPI text all read this constant. */
export const APPOINTMENT_TRANSITIONS: readonly AppointmentTransition[] = [
  { from: ['pending'], to: 'confirmed', roles: ['doctor', 'admin'] },
  { from: ['pending', 'confirmed'], to: 'cancelled', roles: ['patient', 'doctor', 'admin'] },
  { from: ['confirmed'], to: 'in_progress', roles: ['doctor', 'admin'] },
  { from: ['in_progress'], to: 'completed', roles: ['doctor', 'admin'] },
  { from: ['confirmed'], to: 'no_show', roles: ['doctor', 'admin'] },
];

/**
 * How long an appointment (and a slot) may be, in minutes: the one statement of the limit, read by the DTOs, the
 * OpenAPI document, the services and the tests. The database CHECK on `appointments.duration_minutes` says the same.
 */
export const APPOINTMENT_DURATION = { min: 5, max: 480, step: 5, default: 30 } as const;

/** Statuses in which an appointment may still be rescheduled or edited. */
export const EDITABLE_STATUSES: readonly AppointmentStatus[] = ['pending', 'confirmed'];

export interface AppointmentParty {
  id: string;
  fullName: string;
}

export interface Appointment {
  id: string;
  patientId: string;
  doctorId: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  status: AppointmentStatus;
  reason: string | null;
  notes: string | null;
  cancellationReason: string | null;
  cancelledBy: string | null;
  /** A patient cancelled it inside the doctor's cancellation window; false otherwise. */
  lateCancellation: boolean;
  /** The recurring series it was booked in; null when booked on its own. */
  seriesId: string | null;
  createdAt: string;
  updatedAt: string;
  patient: AppointmentParty;
  doctor: AppointmentParty & { specialization: string };
}

/** How a recurring series repeats (`POST /appointments/series`). */
export const SERIES_FREQUENCIES = ['daily', 'weekly'] as const;
export type SeriesFrequency = (typeof SERIES_FREQUENCIES)[number];

/** The contract's bounds of a series: every `interval` days or weeks, `count` occurrences in all. */
export const SERIES_LIMITS = { interval: { min: 1, max: 4 }, count: { min: 2, max: 26 } } as const;

export interface Recurrence {
  frequency: SeriesFrequency;
  interval: number;
  count: number;
}

/** A booked series: its id and its occurrences, first to last. */
export interface BookedSeries {
  seriesId: string;
  appointments: Appointment[];
}

/** A patient's temporary reservation of an interval (`POST /appointments/holds`). */
export interface Hold {
  id: string;
  doctorId: string;
  patientId: string;
  startsAt: string;
  endsAt: string;
  expiresAt: string;
}
