import type { Notification } from '@app/contracts';
import type { NotificationEntity } from './notification.entity';

/** A notification as `INSERT … RETURNING` answers it (column names, not properties). */
export interface NotificationRow {
  id: string;
  user_id: string;
  type: Notification['type'];
  title: string;
  body: string;
  data: Record<string, unknown> | null;
  read_at: Date | null;
  created_at: Date;
}

export function toNotificationResponse(entity: NotificationEntity): Notification {
  return {
    id: entity.id,
    type: entity.type,
    title: entity.title,
    body: entity.body,
    data: entity.data,
    readAt: entity.readAt ? entity.readAt.toISOString() : null,
    createdAt: entity.createdAt.toISOString(),
  };
}

export function rowToNotificationResponse(row: NotificationRow): Notification {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    data: row.data,
    readAt: row.read_at ? row.read_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}
