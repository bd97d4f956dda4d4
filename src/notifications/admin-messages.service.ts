import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import type { Notification } from '@app/contracts';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor';
import type { BroadcastDto, SendMessageDto } from './dto/notifications.dto';
import { LiveDelivery } from './live-delivery.service';
import { rowToNotificationResponse } from './notification.mapper';
import { NotificationsRepository } from './notifications.repository';
import { AccessPolicy, notFound } from '../access/access-policy';

/** Connected users whose broadcast copies are looked up per query. */
const LIVE_BATCH = 500;

/** Messages an admin sends: stored first, then delivered live to whoever is connected. */
@Injectable()
export class AdminMessagesService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('AdminMessages');
  private readonly deliveries = new Set<Promise<void>>();

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly delivery: LiveDelivery,
    private readonly access: AccessPolicy,
  ) {}

  async sendMessage(actor: Actor, dto: SendMessageDto): Promise<Notification> {
    this.requireAdmin(actor);
    const row = await this.notifications.storeForUser(dto.userId, {
      type: 'message',
      title: dto.title,
      body: dto.body,
      data: dto.data ?? null,
    });
    if (!row) {
      throw notFound('user');
    }
    // The single-statement insert has committed: safe to announce.
    const notification = rowToNotificationResponse(row);
    this.delivery.notification(dto.userId, notification);
    return notification;
  }

  /**
   * Stores one copy per active user (of `role`) in one transaction, then delivers live in the background. Each
   * connected user gets their own copy, so the live `id` is the one their inbox shows.
   */
  async broadcast(actor: Actor, dto: BroadcastDto): Promise<{ recipients: number }> {
    this.requireAdmin(actor);
    const broadcastId = randomUUID();
    const recipients = await this.notifications.transaction((em) =>
      this.notifications.storeForActiveUsers(
        em,
        { type: 'broadcast', title: dto.title, body: dto.body, data: { broadcastId } },
        dto.role ?? null,
      ),
    );
    const delivery = this.deliverBroadcast(broadcastId, dto)
      .catch((error: unknown) => this.logger.error({ err: error, broadcastId }, 'broadcast delivery failed'))
      .finally(() => this.deliveries.delete(delivery));
    this.deliveries.add(delivery);
    return { recipients };
  }

  /** Lets deliveries in flight finish before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.deliveries]);
  }

  private async deliverBroadcast(broadcastId: string, dto: BroadcastDto): Promise<void> {
    const connected = await this.delivery.connectedUserIds(dto.role);
    for (let start = 0; start < connected.length; start += LIVE_BATCH) {
      const copies = await this.notifications.findBroadcastCopies(
        broadcastId,
        connected.slice(start, start + LIVE_BATCH),
      );
      for (const copy of copies) {
        this.delivery.notification(copy.user_id, rowToNotificationResponse(copy));
      }
    }
  }

  private requireAdmin(actor: Actor): void {
    this.access.require(actor, 'notification.send', {});
  }
}
