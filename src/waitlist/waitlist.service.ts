import { Injectable } from '@nestjs/common';
import { MAX_SLOT_RANGE_DAYS, pageOf, type Page, type WaitlistEntry } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { AccessPolicy, notFound } from '../access/access-policy';
import { AppointmentHoldsService } from '../appointments/appointment-holds.service';
import { AppError, ValidationError } from '../common/errors/app-error';
import type { RecordedEvent } from '../common/domain-events';
import { offsetOf, type PaginationQueryDto } from '../common/http/pagination.dto';
import { DomainEventPublisher } from '../outbox/domain-event-publisher';
import { WaitlistRepository } from './waitlist.repository';

const MINUTE_MS = 60_000;

/** A request to join a doctor's waitlist, its defaults applied and its times read as instants. */
export interface JoinRequest {
  doctorId: string;
  from: Date;
  to: Date;
  durationMinutes: number;
}

/**
 * The window's rules, in order: `to` after `from` and long enough for the duration (400 `VALIDATION_FAILED`), at
 * most `MAX_SLOT_RANGE_DAYS` apart (400 `RANGE_TOO_LARGE`, as `GET /slots`), and not over (`to` in the future: 422
 * `START_IN_PAST`). A window that began already is fine: only time ahead is ever offered.
 */
export function assertJoinWindow(request: JoinRequest, now: Date): void {
  const span = request.to.getTime() - request.from.getTime();
  if (span <= 0) {
    throw new ValidationError([{ field: 'to', message: 'to must be after from' }]);
  }
  if (span < request.durationMinutes * MINUTE_MS) {
    throw new ValidationError([{ field: 'to', message: 'the window must be at least durationMinutes long' }]);
  }
  if (span > MAX_SLOT_RANGE_DAYS * 24 * 60 * MINUTE_MS) {
    throw new AppError('RANGE_TOO_LARGE', `The window may span at most ${MAX_SLOT_RANGE_DAYS} days`, [
      { field: 'to', message: `to must be at most ${MAX_SLOT_RANGE_DAYS} days after from` },
    ]);
  }
  if (request.to.getTime() <= now.getTime()) {
    throw new AppError('START_IN_PAST', 'The window is over: to must be in the future', [
      { field: 'to', message: 'to must be in the future' },
    ]);
  }
}

/** Joining, listing and leaving waitlists (the offers themselves are `WaitlistMatcher`'s). */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly entries: WaitlistRepository,
    private readonly holds: AppointmentHoldsService,
    private readonly events: DomainEventPublisher,
    private readonly access: AccessPolicy,
  ) {}

  /** A patient joins a doctor's waitlist for a window (404 for an unknown or deactivated doctor). */
  async joinWaitlist(actor: Actor, request: JoinRequest): Promise<WaitlistEntry> {
    this.access.require(actor, 'waitlist.join', {});
    assertJoinWindow(request, new Date());
    const entry = await this.entries.insert({ ...request, patientId: actor.patientId! });
    if (!entry) {
      throw notFound('doctor');
    }
    return entry;
  }

  /** Newest first: a patient's own, a doctor's, or (admin) all. */
  async listWaitlist(actor: Actor, query: PaginationQueryDto): Promise<Page<WaitlistEntry>> {
    const [rows, total] = await this.entries.findPage(
      this.access.waitlistScope(actor, 'e'),
      offsetOf(query),
      query.limit,
    );
    return pageOf(rows, total, query.page, query.limit);
  }

  /**
   * Its patient or an admin cancels an entry (its doctor: 403; anyone else: 404). An open offer's hold is released in
   * the same transaction, so its time passes on to the next entry at once. A cancelled entry answers 204 again; a
   * booked one cannot be cancelled here (409 `INVALID_STATUS_TRANSITION`: cancel the appointment).
   */
  async cancelEntry(actor: Actor, id: string): Promise<void> {
    const changed = await this.entries.transaction(async (em): Promise<RecordedEvent<'slots.changed'>[]> => {
      const scope = this.access.waitlistScope(actor, 'e');
      const seen = this.access.requireFound(
        actor,
        'waitlist.cancel',
        await this.entries.findVisible(em, scope, id),
        {},
      );
      // The patient's lock first, as a booking with the offer's hold takes it (then the hold, then the entry): the
      // entry and its hold are then taken in one order by both.
      await this.holds.lockPatient(em, seen.patientId);
      const entry = (await this.entries.lockVisible(em, scope, id)) ?? seen;
      if (entry.status === 'cancelled') {
        return [];
      }
      if (entry.status === 'booked') {
        throw new AppError(
          'INVALID_STATUS_TRANSITION',
          'A booked waitlist entry cannot be cancelled; cancel its appointment instead',
        );
      }
      const cancelled = await this.entries.cancel(em, id);
      if (!cancelled?.openHoldId) {
        return [];
      }
      const released = await this.holds.releaseOfferHold(em, cancelled.openHoldId, cancelled.entry.patientId);
      return released ? [released] : [];
    });
    this.events.publish(...changed);
  }
}
