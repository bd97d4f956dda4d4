import type { WaitlistOfferEvent, WaitlistOfferNotificationData } from '@app/contracts';
import { formatInZone } from '../common/time/zoned-text';
import type { Notice } from './notifications.repository';

/**
 * The stored text of a waitlist offer, for its patient: when the freed time is and until when it is held, on the
 * doctor's wall clock (where the appointment would happen). Null when the entry carries no offer (never recorded so).
 */
export function waitlistOfferNotice(event: WaitlistOfferEvent, doctorTimezone: string): Notice | null {
  const { entry } = event;
  if (!entry.offer) {
    return null;
  }
  const data: WaitlistOfferNotificationData = {
    entryId: entry.id,
    doctorId: entry.doctorId,
    holdId: entry.offer.holdId,
    startsAt: entry.offer.startsAt,
    endsAt: entry.offer.endsAt,
    expiresAt: entry.offer.expiresAt,
  };
  return {
    type: 'waitlist.offer',
    title: 'A time you are waiting for is free',
    body:
      `${formatInZone(entry.offer.startsAt, doctorTimezone)} is held for you until ` +
      `${formatInZone(entry.offer.expiresAt, doctorTimezone)}. Book it before then, or it passes to the next patient.`,
    data: { ...data },
  };
}
