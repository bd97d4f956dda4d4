import { Injectable } from '@nestjs/common';
import type { AppointmentEventName } from '@app/contracts';
import type { RecordedDomainEvent, RecordedEvent } from '../common/domain-events';
import { JobsRepository } from '../jobs/jobs.repository';
import { OnRecorded } from '../outbox/on-recorded';
import { matchJob } from './waitlist-matcher';
import { WaitlistRepository } from './waitlist.repository';

/** The events that can free a doctor's time (a booking only takes time, so `appointment.created` is not one). */
type FreeingEventName = Exclude<AppointmentEventName, 'appointment.created'> | 'slots.changed';

/** The doctor and range whose freedom an event changed, or null when it names none (a confirmation, an edit). */
export function changedRangeOf(
  event: RecordedEvent<FreeingEventName>,
): { doctorId: string; from: string; to: string } | null {
  if (event.name === 'slots.changed') {
    return { doctorId: event.payload.doctorId, from: event.payload.from, to: event.payload.to };
  }
  return event.slots
    ? { doctorId: event.payload.appointment.doctorId, from: event.slots.from, to: event.slots.to }
    : null;
}

/**
 * The waitlist hears of freed time from the domain events, in the transaction that frees it (`@OnRecorded`), never by
 * polling doctors: for each changed range of a doctor someone waits for (one indexed read for all of a change's
 * ranges), a `waitlist.match` job is planned with the change (durable: it runs even if this process stops right after
 * the commit), deduplicated per event. A range where time was taken rather than freed (a hold made, time off added)
 * plans a job only when someone waits there, and that job then finds nothing free and offers nothing.
 *
 * A booking that turns a hold into an appointment (`consumedHoldId`) marks the waitlist entry of that hold `booked`,
 * in the booking's transaction: one statement, only for bookings with a hold.
 */
@Injectable()
export class FreedTimeListener {
  constructor(
    private readonly entries: WaitlistRepository,
    private readonly jobs: JobsRepository,
  ) {}

  @OnRecorded('slots.changed', 'appointment.updated', 'appointment.status_changed', 'appointment.deleted')
  async planMatches({ em, events }: RecordedDomainEvent<FreeingEventName>): Promise<void> {
    const changes = events.flatMap((event) => {
      const range = changedRangeOf(event);
      return range && range.from < range.to ? [{ ...range, eventId: event.id }] : [];
    });
    if (changes.length === 0) {
      return;
    }
    const wanted = await this.entries.rangesWithEntries(em, changes);
    const planned = changes
      .filter((_change, index) => wanted[index])
      .map((change) => matchJob(change.doctorId, change.from, change.to, change.eventId));
    if (planned.length > 0) {
      await this.jobs.plan(planned, em);
    }
  }

  @OnRecorded('appointment.created')
  async markBooked({ em, events }: RecordedDomainEvent<'appointment.created'>): Promise<void> {
    const holdIds = events.flatMap((event) => (event.consumedHoldId ? [event.consumedHoldId] : []));
    if (holdIds.length > 0) {
      await this.entries.markBooked(em, holdIds);
    }
  }
}
