import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { AppointmentStatus } from '@app/contracts';
import type { DomainEvent, RecordedDomainEvent } from '../common/domain-events';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { JobContext, RunningJob } from '../jobs/job-kinds';
import { JobRunner } from '../jobs/job-runner';
import { JobsRepository, planJobsWrite } from '../jobs/jobs.repository';
import { DomainEventPublisher } from '../outbox/domain-event-publisher';
import { OnRecorded } from '../outbox/on-recorded';
import { audienceOf, toAppointmentResponse } from './appointment.mapper';
import { AppointmentsRepository } from './appointments.repository';
import { REMINDER_KIND, reminderStillDue, remindersOf } from './reminder-plan';

/** Statuses after which an appointment gets no reminder. */
const ENDED: ReadonlySet<AppointmentStatus> = new Set(['cancelled', 'completed', 'no_show']);

/**
 * Reminders (API.md, "Time-driven work"): planned as durable jobs in the transaction that books or moves an
 * appointment (`@OnRecorded`: one statement for all the events of a change, a series' occurrences included), sent by
 * the job runner at each lead of `REMINDER_LEAD_MINUTES`. Sending re-reads the appointment in the job's transaction
 * and records `appointment.reminder` through the outbox (the parties' inbox in the same transaction, their sockets
 * after the commit), so a reminder is sent once per appointment, lead and start, with several instances and across
 * restarts, and never for an appointment since cancelled or moved.
 */
@Injectable()
export class AppointmentReminders implements OnModuleInit {
  constructor(
    private readonly appointments: AppointmentsRepository,
    private readonly jobs: JobsRepository,
    private readonly runner: JobRunner,
    private readonly events: DomainEventPublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.runner.registerBatch(REMINDER_KIND, (jobs, context) => this.send(jobs, context));
  }

  /** A booking (or a series' occurrences) or a move to a new start: its reminders, in its transaction's batch of writes. */
  @OnRecorded('appointment.created', 'appointment.updated')
  plan({ events, writes }: RecordedDomainEvent<'appointment.created' | 'appointment.updated'>): void {
    const leads = this.config.jobs.reminderLeadMinutes;
    if (leads.length === 0) {
      return;
    }
    const planned = events
      .filter((event) => event.name === 'appointment.created' || event.payload.changes.includes('startsAt'))
      // Its `updatedAt` is the booking's or the move's own time.
      .flatMap(({ payload: { appointment } }) => remindersOf(appointment, leads, new Date(appointment.updatedAt)));
    if (planned.length > 0) {
      writes.add(planJobsWrite(planned));
    }
  }

  /**
   * A cancelled, finished or deleted appointment's reminders still queued are dropped in the change's transaction,
   * and a moved one's for its old start (those for the new start are planned by `plan`). The send re-checks anyway
   * (`reminderStillDue`): this keeps the queue to what will be sent.
   */
  @OnRecorded('appointment.status_changed', 'appointment.updated', 'appointment.deleted')
  async drop({
    em,
    events,
  }: RecordedDomainEvent<'appointment.status_changed' | 'appointment.updated' | 'appointment.deleted'>): Promise<void> {
    const dropped = events.flatMap((event): { id: string; keepStartsAt: string | null }[] => {
      const { appointment } = event.payload;
      if (event.name === 'appointment.updated') {
        return event.payload.changes.includes('startsAt')
          ? [{ id: appointment.id, keepStartsAt: new Date(appointment.startsAt).toISOString() }]
          : [];
      }
      if (event.name === 'appointment.status_changed' && !ENDED.has(event.payload.status)) {
        return [];
      }
      return [{ id: appointment.id, keepStartsAt: null }];
    });
    if (dropped.length > 0 && this.config.jobs.reminderLeadMinutes.length > 0) {
      await this.jobs.dropQueuedForAppointments(em, REMINDER_KIND, dropped);
    }
  }

  /**
   * Sends the reminders of `due` that are still to be sent (`reminderStillDue`), in the jobs' transaction: one read of
   * their appointments, one outbox statement and one inbox statement for all of them; published after the commit.
   */
  async send(due: readonly RunningJob<typeof REMINDER_KIND>[], context: JobContext): Promise<void> {
    const { em } = context;
    const loaded = await this.appointments.findForReminders(
      em,
      due.map((job) => job.payload.appointmentId),
    );
    const byId = new Map(loaded.map((appointment) => [appointment.id, appointment]));
    const now = new Date();
    const reminders = due.flatMap((job): DomainEvent<typeof REMINDER_KIND>[] => {
      const appointment = byId.get(job.payload.appointmentId);
      if (!appointment || !reminderStillDue(appointment, job.payload.startsAt, now)) {
        return [];
      }
      return [
        {
          name: REMINDER_KIND,
          payload: { appointment: toAppointmentResponse(appointment), minutesBefore: job.payload.minutesBefore },
          ...audienceOf(appointment),
        },
      ];
    });
    const recorded = await this.events.recordAll(em, reminders);
    if (recorded.length > 0) {
      context.afterCommit(() => this.events.publish(...recorded));
    }
  }
}
