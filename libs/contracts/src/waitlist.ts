/** Where a waitlist entry is (API.md "Waitlist"). */
export const WAITLIST_STATUSES = ['waiting', 'offered', 'booked', 'expired', 'cancelled'] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];

/** Lapsed offers after which an entry is `expired` instead of waiting again. */
export const WAITLIST_MAX_LAPSES = 2;

/** Freed time held for the entry's patient: book it with `POST /appointments` and `holdId` before `expiresAt`. */
export interface WaitlistOffer {
  holdId: string;
  startsAt: string;
  endsAt: string;
  expiresAt: string;
}

/** A patient waiting for a doctor's time to come free inside [from, to). */
export interface WaitlistEntry {
  id: string;
  patientId: string;
  doctorId: string;
  from: string;
  to: string;
  durationMinutes: number;
  status: WaitlistStatus;
  /** The open offer while `offered` (and the one booked, once `booked`); null otherwise. */
  offer: WaitlistOffer | null;
  createdAt: string;
}

/** Socket.IO `waitlist.offer`, to the entry's patient. */
export interface WaitlistOfferEvent {
  entry: WaitlistEntry;
}
