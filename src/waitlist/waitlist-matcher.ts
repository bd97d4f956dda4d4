import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppointmentHoldsService } from '../appointments/appointment-holds.service';
import type { RecordedEvent } from '../common/domain-events';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobRunner } from '../jobs/job-runner';
import type { JobContext, PlannedJob, RunningJob } from '../jobs/job-kinds';
import { JobsRepository } from '../jobs/jobs.repository';
import { DomainEventPublisher } from '../outbox/domain-event-publisher';
import { MAX_BUFFER_MS } from '../scheduling/bookable-slots';
import { policyOrDefault, type Interval } from '../scheduling/booking-policy';
import { DoctorScheduleRepository } from '../scheduling/doctor-schedule.repository';
import { DoctorSlotsRepository } from '../scheduling/doctor-slots.repository';
import { offerCandidates, type WaitingEntry } from './waitlist-matching';
import { WaitlistRepository } from './waitlist.repository';

const MINUTE_MS = 60_000;
/** Waiting entries read per run, oldest first. */
const ENTRIES_READ = 50;
/** Entries tried under one set of locks (their patients' locks are all taken before the doctor's). */
const CANDIDATES_TRIED = 10;
/** The longest appointment: a slot overlapping the freed range starts at most this long before it. */
const LONGEST_MS = 480 * MINUTE_MS;

/** The dedupe key of a match of a doctor's freed range, planned on behalf of `cause` (an event, an offer). */
export function matchJobKey(doctorId: string, from: string, to: string, cause: string): string {
  return `waitlist.match:${doctorId}:${from}:${to}:${cause}`;
}

/** A `waitlist.match` job for a freed range, due now. */
export function matchJob(doctorId: string, from: string, to: string, cause: string): PlannedJob<'waitlist.match'> {
  return {
    kind: 'waitlist.match',
    dedupeKey: matchJobKey(doctorId, from, to, cause),
    payload: { doctorId, from, to },
    runAt: new Date(),
  };
}

/**
 * The `waitlist.match` job: a doctor's time between `from` and `to` came free. In the job's transaction:
 * 1. the doctor's offers whose hold stopped blocking without a booking lapse (back to `waiting`, or `expired`; their
 *    patients are offered nothing in this run);
 * 2. the doctor's waiting entries whose window overlaps the range are read oldest first, and each gets the earliest
 *    slot a booking by its patient would get now inside its window and the freed range (`offerCandidates`);
 * 3. `AppointmentHoldsService.offerHold` takes the candidates' patients' locks, then the doctor's (the order holds and
 *    bookings take them), re-checks each candidate (still waiting, the booking rules, the time still free) and holds
 *    the slot for the first that passes, for `WAITLIST_OFFER_MINUTES`;
 * 4. that entry becomes `offered`, `waitlist.offer` `{ entry }` is recorded (the patient's notification is stored by
 *    its listener in this transaction) and a follow-up match of the same range is planned, so the rest of a large
 *    freed range goes to the next entries, one offer at a time.
 * Two instances matching the same freed time serialise on the doctor's lock; the second sees the first's hold.
 */
@Injectable()
export class WaitlistMatcher implements OnModuleInit {
  constructor(
    private readonly runner: JobRunner,
    private readonly jobs: JobsRepository,
    private readonly entries: WaitlistRepository,
    private readonly holds: AppointmentHoldsService,
    private readonly schedules: DoctorScheduleRepository,
    private readonly busy: DoctorSlotsRepository,
    private readonly events: DomainEventPublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.runner.register('waitlist.match', (job, context) => this.matchFreedTime(job, context));
  }

  async matchFreedTime(job: RunningJob<'waitlist.match'>, context: JobContext): Promise<void> {
    const { em } = context;
    const { doctorId } = job.payload;
    // Patients whose offer lapses here are offered nothing in this run (the time passes on): their entries' rows are
    // locked now, so taking their patient locks below could meet a cancel of theirs, which locks in the other order.
    const lapsed = new Set(await this.entries.lapseStaleOffers(em, doctorId));
    const now = new Date();
    const freed: Interval = {
      startsAt: new Date(Math.max(Date.parse(job.payload.from), now.getTime())),
      endsAt: new Date(job.payload.to),
    };
    if (freed.startsAt >= freed.endsAt) {
      return;
    }
    const waiting = (await this.entries.findWaiting(em, doctorId, freed, ENTRIES_READ)).filter(
      (entry) => !lapsed.has(entry.patientId),
    );
    if (waiting.length === 0) {
      return;
    }
    const candidates = await this.candidatesFor(em, doctorId, freed, waiting, now);
    const outcome = await this.holds.offerHold(
      em,
      doctorId,
      candidates.map(({ entry, slot }) => ({
        patientId: entry.patientId,
        startsAt: slot.startsAt,
        durationMinutes: entry.durationMinutes,
        ref: entry,
      })),
      this.config.waitlistOfferMinutes * 60,
      (candidate) => this.entries.lockIfWaiting(em, candidate.ref.id),
    );
    if (!outcome) {
      return;
    }
    const { offered, changed } = outcome;
    const entry = await this.entries.markOffered(em, offered.ref.id, {
      holdId: offered.hold.id,
      startsAt: offered.hold.startsAt,
      endsAt: offered.hold.endsAt,
      expiresAt: offered.hold.expiresAt,
    });
    const offer: RecordedEvent<'waitlist.offer'> = await this.events.record(em, {
      name: 'waitlist.offer',
      payload: { entry },
      recipientUserIds: [offered.patientUserId],
      doctorTimezone: offered.doctorTimezone,
    });
    await this.jobs.plan([matchJob(doctorId, job.payload.from, job.payload.to, `after:${offered.hold.id}`)], em);
    context.afterCommit(() => this.events.publish(changed, offer));
  }

  /** Each waiting entry's slot, from one read of the doctor's hours and busy time and of the patients' own. */
  private async candidatesFor(
    em: EntityManager,
    doctorId: string,
    freed: Interval,
    waiting: readonly WaitingEntry[],
    now: Date,
  ) {
    const hours = await this.schedules.findHours(doctorId, em);
    if (!hours || !hours.bookable || hours.blocks.length === 0) {
      return [];
    }
    const since = new Date(Math.max(freed.startsAt.getTime() - LONGEST_MS, now.getTime()));
    const until = new Date(freed.endsAt.getTime() + LONGEST_MS);
    const [busy, own] = [
      await this.busy.findBusy(
        [doctorId],
        {
          since,
          until,
          blockedSince: new Date(since.getTime() - MAX_BUFFER_MS),
          blockedUntil: new Date(until.getTime() + MAX_BUFFER_MS),
        },
        null,
        em,
      ),
      await this.entries.ownAppointments(
        em,
        waiting.map((entry) => entry.patientId),
        { startsAt: since, endsAt: until },
      ),
    ];
    return offerCandidates(
      waiting,
      freed,
      {
        hours,
        policy: policyOrDefault(hours.policy),
        now,
        timeOff: busy.timeOff.get(doctorId) ?? [],
        booked: busy.booked.get(doctorId) ?? [],
        held: busy.held.get(doctorId) ?? [],
        ownByPatient: own,
      },
      CANDIDATES_TRIED,
    );
  }
}
