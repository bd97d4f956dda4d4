export type NotificationType =
  'appointment.created' | 'appointment.updated' | 'appointment.status_changed' | 'message' | 'broadcast';

export interface Notification {
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  data: Record<string, unknown> | null;
  readAt: string | null;
  createdAt: string;
}
