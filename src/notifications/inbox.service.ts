import { Injectable } from '@nestjs/common';
import { pageOf, type Notification, type Page } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { offsetOf } from '../common/http/pagination.dto';
import type { ListNotificationsQueryDto } from './dto/notifications.dto';
import { toNotificationResponse } from './notification.mapper';
import { NotificationsRepository } from './notifications.repository';
import { notFound } from '../access/access-policy';

/** A user's own notifications: everyone, admins included, sees and marks only their own. */
@Injectable()
export class InboxService {
  constructor(private readonly notifications: NotificationsRepository) {}

  async listOwn(actor: Actor, query: ListNotificationsQueryDto): Promise<Page<Notification>> {
    const [rows, total] = await this.notifications.findPage(actor.userId, query.unread, offsetOf(query), query.limit);
    return pageOf(rows.map(toNotificationResponse), total, query.page, query.limit);
  }

  async markRead(actor: Actor, id: string): Promise<Notification> {
    const notification = await this.notifications.markRead(actor.userId, id);
    if (!notification) {
      throw notFound('notification');
    }
    return toNotificationResponse(notification);
  }

  async markAllRead(actor: Actor): Promise<void> {
    await this.notifications.markAllRead(actor.userId);
  }
}
