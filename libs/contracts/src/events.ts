import type { Appointment, AppointmentStatus } from './appointments';
import type { DoctorPresence, SettableDoctorStatus } from './doctors';
import type { Notification } from './notifications';
import type { ErrorCode } from './errors';
import type { Role } from './roles';

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
  changedBy: { id: string; role: Role };
}

/**
 * An admin deleted the appointment (it leaves every list and read, and frees its time). `appointment` is as it was
 * last, so a screen can take it away by id and say what it was.
 */
export interface AppointmentDeletedEvent {
  appointment: Appointment;
}

/** Domain events of appointments, sent once their change has committed; keys are the Socket.IO event names too. */
export interface AppointmentEvents {
  'appointment.created': AppointmentCreatedEvent;
  'appointment.updated': AppointmentUpdatedEvent;
  'appointment.status_changed': AppointmentStatusChangedEvent;
  'appointment.deleted': AppointmentDeletedEvent;
}
export type AppointmentEventName = keyof AppointmentEvents;

/** Socket.IO namespace `/notifications`: what the server sends. */
export interface ServerToClientEvents {
  'appointment.created': (event: AppointmentCreatedEvent) => void;
  'appointment.updated': (event: AppointmentUpdatedEvent) => void;
  'appointment.status_changed': (event: AppointmentStatusChangedEvent) => void;
  'appointment.deleted': (event: AppointmentDeletedEvent) => void;
  notification: (notification: Notification) => void;
  'doctor.presence': (presence: DoctorPresence) => void;
  error: (error: { code: ErrorCode; message: string }) => void;
}

export type SetStatusAck = { ok: true } | { ok: false; code: ErrorCode };

/** Socket.IO namespace `/notifications`: what a client may send. */
export interface ClientToServerEvents {
  'doctor.set_status': (payload: { status: SettableDoctorStatus }, ack: (answer: SetStatusAck) => void) => void;
}

export const NOTIFICATIONS_NAMESPACE = '/notifications';
