import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { RecordedDomainEvent, RecordedEvent } from '../common/domain-events';
import { OnRecorded } from '../outbox/on-recorded';
import { LiveDelivery } from './live-delivery.service';
import { NotificationsRepository } from './notifications.repository';
import { waitlistOfferNotice } from './waitlist-offer-notice';

/**
 * A waitlist offer becomes a stored notification for its patient in the offer's own transaction (`@OnRecorded`), and
 * `waitlist.offer` `{ entry }` on the patient's sockets once the relay publishes it after the commit (`@OnEvent`).
 */
@Injectable()
export class WaitlistOfferListener {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly delivery: LiveDelivery,
  ) {}

  @OnRecorded('waitlist.offer')
  async store({ em, events }: RecordedDomainEvent<'waitlist.offer'>): Promise<void> {
    const items = events.flatMap((event) => {
      const notice = waitlistOfferNotice(event.payload, event.doctorTimezone);
      return notice ? [{ userIds: [...new Set(event.recipientUserIds)], notice }] : [];
    });
    if (items.length > 0) {
      await this.notifications.storeNotices(em, items);
    }
  }

  @OnEvent('waitlist.offer')
  deliver(event: RecordedEvent<'waitlist.offer'>): void {
    this.delivery.waitlistOffer(event.recipientUserIds, event.payload);
  }
}
