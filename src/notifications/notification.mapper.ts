import type { Notification, NotificationType } from '@app/contracts';
import type { NotificationEntity } from './notification.entity';

/** A notification as `INSERT … RETURNING` answers it (column names, not properties). */
export interface NotificationRow {
  id: string;
  user_id: string;
  type: NotificationType;
  title: string;
  body: string;
  data: Record<string, unknown> | null;
  read_at: Date | null;
  created_at: Date;
}

interface StoredNotification {
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  data: Record<string, unknown> | null;
  readAt: Date | null;
  createdAt: Date;
}

/**
 * The one place a stored row becomes the contract's `Notification`. Rows are written only through `Notice`s of this
 * module, whose `data` matches its `type` (`appointmentNotice`, `broadcastNotice`, an admin message), so the row is
 * taken as the union member its `type` names.
 */
function toNotification(stored: StoredNotification): Notification {
  return {
    id: stored.id,
    type: stored.type,
    title: stored.title,
    body: stored.body,
    data: stored.data,
    readAt: stored.readAt ? stored.readAt.toISOString() : null,
    createdAt: stored.createdAt.toISOString(),
  } as Notification;
}

export function toNotificationResponse(entity: NotificationEntity): Notification {
  return toNotification(entity);
}

export function rowToNotificationResponse(row: NotificationRow): Notification {
  return toNotification({ ...row, readAt: row.read_at, createdAt: row.created_at });
}
