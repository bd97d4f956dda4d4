import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { RecordedDomainEvent, RecordedEvent } from '../common/domain-events';
import { OnRecorded } from '../outbox/on-recorded';
import { LiveDelivery } from './live-delivery.service';
import { noticesWrite } from './notifications.repository';
import { waitlistOfferNotice } from './waitlist-offer-notice';

/**
 * A waitlist offer becomes a stored notification for its patient in the offer's own transaction (`@OnRecorded`, in its batch of writes), and
 * `waitlist.offer` `{ entry }` on the patient's sockets once the relay publishes it after the commit (`@OnEvent`).
 */
@Injectable()
export class WaitlistOfferListener {
  constructor(private readonly delivery: LiveDelivery) {}

  @OnRecorded('waitlist.offer')
  store({ events, writes }: RecordedDomainEvent<'waitlist.offer'>): void {
    const items = events.flatMap((event) => {
      const notice = waitlistOfferNotice(event.payload, event.doctorTimezone);
      return notice ? [{ userIds: [...new Set(event.recipientUserIds)], notice }] : [];
    });
    const write = noticesWrite(items);
    if (write) {
      writes.add(write);
    }
  }

  @OnEvent('waitlist.offer')
  deliver(event: RecordedEvent<'waitlist.offer'>): void {
    this.delivery.waitlistOffer(event.recipientUserIds, event.payload);
  }
}
