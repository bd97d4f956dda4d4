import type { Appointment, AppointmentStatus } from './appointments';
import type { DoctorPresence, SettableDoctorStatus } from './doctors';
import type { Notification } from './notifications';
import type { ErrorCode } from './errors';
import type { ChangedByRole } from './roles';
import type { WaitlistOfferEvent } from './waitlist';

export interface AppointmentCreatedEvent {
  appointment: Appointment;
}
export interface AppointmentUpdatedEvent {
  appointment: Appointment;
  changes: string[];
}
export interface AppointmentStatusChangedEvent {
  appointment: Appointment;
  previousStatus: AppointmentStatus;
  status: AppointmentStatus;
  /** The user, or `{ id: null, role: 'system' }` for a change the service made on time by itself (API.md). */
  changedBy: { id: string | null; role: ChangedByRole };
}

/**
 * An admin deleted the appointment (it leaves every list and read, and frees its time). `appointment` is as it was
 * last, so a screen can take it away by id and say what it was.
 */
export interface AppointmentDeletedEvent {
  appointment: Appointment;
}

/**
 * A reminder of an upcoming `pending` or `confirmed` appointment, `minutesBefore` its start (one of
 * `REMINDER_LEAD_MINUTES`): sent once per appointment, lead and start time, to the patient and the doctor.
 */
export interface AppointmentReminderEvent {
  appointment: Appointment;
  minutesBefore: number;
}

/** Domain events of appointments, sent once their change has committed; keys are the Socket.IO event names too. */
export interface AppointmentEvents {
  'appointment.created': AppointmentCreatedEvent;
  'appointment.updated': AppointmentUpdatedEvent;
  'appointment.status_changed': AppointmentStatusChangedEvent;
  'appointment.deleted': AppointmentDeletedEvent;
  'appointment.reminder': AppointmentReminderEvent;
}
export type AppointmentEventName = keyof AppointmentEvents;

/**
 * Which of a doctor's times are free changed between `from` and `to` (ISO instants, UTC): a booking, cancellation,
 * reschedule, deletion, a hold made, released or expired, time off, a schedule or booking-policy change. Sent to
 * every socket watching the doctor (`slots.watch`); it carries no patient data, so a client reads the slots again.
 */
export interface SlotsChangedEvent {
  doctorId: string;
  from: string;
  to: string;
}

/** Answer to `slots.watch` / `slots.unwatch`. */
export type WatchAck = { ok: true } | { ok: false; code: ErrorCode };

/** At most this many doctors are watched by one socket (`slots.watch` beyond it → `{ ok: false }`). */
export const MAX_WATCHED_DOCTORS_PER_SOCKET = 50;

/** Socket.IO namespace `/notifications`: what the server sends. */
export interface ServerToClientEvents {
  'appointment.created': (event: AppointmentCreatedEvent) => void;
  'appointment.updated': (event: AppointmentUpdatedEvent) => void;
  'appointment.status_changed': (event: AppointmentStatusChangedEvent) => void;
  'appointment.deleted': (event: AppointmentDeletedEvent) => void;
  'appointment.reminder': (event: AppointmentReminderEvent) => void;
  notification: (notification: Notification) => void;
  'doctor.presence': (presence: DoctorPresence) => void;
  'slots.changed': (event: SlotsChangedEvent) => void;
  /** To the entry's patient: freed time is held for them until `entry.offer.expiresAt` (book it with `holdId`). */
  'waitlist.offer': (event: WaitlistOfferEvent) => void;
  error: (error: { code: ErrorCode; message: string }) => void;
}

export type SetStatusAck = { ok: true } | { ok: false; code: ErrorCode };

/** Socket.IO namespace `/notifications`: what a client may send. */
export interface ClientToServerEvents {
  'doctor.set_status': (payload: { status: SettableDoctorStatus }, ack: (answer: SetStatusAck) => void) => void;
  'slots.watch': (payload: { doctorId: string }, ack: (answer: WatchAck) => void) => void;
  'slots.unwatch': (payload: { doctorId: string }, ack: (answer: WatchAck) => void) => void;
  /**
   * Admins only (reception's live board): from then on the socket also receives every appointment's `appointment.*`
   * events, until `appointments.unwatch` or it disconnects. Not in API.md: an opt-in, so no socket gets events it
   * did not ask for.
   */
  'appointments.watch': (payload: Record<string, never>, ack: (answer: WatchAck) => void) => void;
  'appointments.unwatch': (payload: Record<string, never>, ack: (answer: WatchAck) => void) => void;
}

export const NOTIFICATIONS_NAMESPACE = '/notifications';
