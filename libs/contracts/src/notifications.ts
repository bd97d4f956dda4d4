import type { AppointmentStatus } from './appointments';

export const NOTIFICATION_TYPES = [
  'appointment.created',
  'appointment.updated',
  'appointment.status_changed',
  'appointment.deleted',
  'appointment.reminder',
  'message',
  'broadcast',
  'waitlist.offer',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];
export const APPOINTMENT_NOTIFICATION_TYPES = [
  'appointment.created',
  'appointment.updated',
  'appointment.status_changed',
  'appointment.deleted',
  'appointment.reminder',
] as const satisfies readonly NotificationType[];
export type AppointmentNotificationType = (typeof APPOINTMENT_NOTIFICATION_TYPES)[number];

/** What an appointment notification points at; never medical content. */
export interface AppointmentNotificationData {
  appointmentId: string;
  status: AppointmentStatus;
  /** `appointment.status_changed` only. */
  previousStatus?: AppointmentStatus;
  /** `appointment.updated` only: the fields that changed. */
  changes?: string[];
  /** `appointment.reminder` only: how long before the start it is sent. */
  minutesBefore?: number;
}

export interface BroadcastNotificationData {
  /** The same for every copy of one broadcast. */
  broadcastId: string;
}

/** What a waitlist offer's notification points at: the entry and the time held for its patient. */
export interface WaitlistOfferNotificationData {
  entryId: string;
  doctorId: string;
  holdId: string;
  startsAt: string;
  endsAt: string;
  expiresAt: string;
}

interface NotificationFields {
  id: string;
  title: string;
  body: string;
  readAt: string | null;
  createdAt: string;
}

/** A stored notification; `type` tells what `data` holds. */
export type Notification =
  | (NotificationFields & { type: AppointmentNotificationType; data: AppointmentNotificationData })
  | (NotificationFields & { type: 'message'; data: Record<string, unknown> | null })
  | (NotificationFields & { type: 'broadcast'; data: BroadcastNotificationData })
  | (NotificationFields & { type: 'waitlist.offer'; data: WaitlistOfferNotificationData });
