import type { EntityManager } from 'typeorm';

/**
 * Every kind of job, by name: what its payload carries. A kind is planned by the module that owns the work and run
 * by the handler that module registers (`JobRunner.register`), so a payload's type is checked at both ends.
 */
export interface JobPayloads {
  /** A reminder of one appointment at one lead (`REMINDER_LEAD_MINUTES`), for the start it was planned for. */
  'appointment.reminder': { appointmentId: string; minutesBefore: number; startsAt: string };
  /** A doctor's time between `from` and `to` came free: offer it to the oldest waiting entry it fits (the waitlist). */
  'waitlist.match': { doctorId: string; from: string; to: string };
}
export type JobKind = keyof JobPayloads;

/** A job as its handler gets it: its payload typed by its kind. */
export interface RunningJob<K extends JobKind = JobKind> {
  id: string;
  kind: K;
  payload: JobPayloads[K];
  runAt: Date;
  /** This run's number, from 1. */
  attempt: number;
  maxAttempts: number;
}

/**
 * What a handler gets besides the job: the manager of the transaction that will mark the job succeeded, so its
 * writes (an outbox event, a stored notification) commit with the job's completion or not at all, and `afterCommit`
 * for what must wait for that commit (publishing the events).
 */
export interface JobContext {
  em: EntityManager;
  afterCommit(work: () => void): void;
}

export type JobHandler<K extends JobKind> = (job: RunningJob<K>, context: JobContext) => Promise<void>;

/**
 * A handler that does several claimed jobs of its kind in one transaction (`JobRunner.registerBatch`): one read, one
 * outbox statement, one inbox statement for all of them. It must do each job as if alone (a job it skips is done).
 */
export type JobBatchHandler<K extends JobKind> = (jobs: RunningJob<K>[], context: JobContext) => Promise<void>;

/** A job to plan: due at `runAt`, planned once per `dedupeKey` (a second plan with the same key is ignored). */
export interface PlannedJob<K extends JobKind = JobKind> {
  kind: K;
  dedupeKey: string;
  payload: JobPayloads[K];
  runAt: Date;
  maxAttempts?: number;
}
