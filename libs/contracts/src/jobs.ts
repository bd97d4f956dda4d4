/** Where a background job is: waiting (also between retries), being run under a lease, done, or given up. */
export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A unit of time-driven work, as admins see it (`GET /jobs`). */
export interface Job {
  id: string;
  kind: string;
  /** Unique: the same work is planned once. */
  dedupeKey: string;
  payload: Record<string, unknown>;
  /** When it is due (after a failure: when it is retried). */
  runAt: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  /** The instance running it (while `running`). */
  lockedBy: string | null;
  /** Its lease: after this, another instance takes it over. */
  lockedUntil: string | null;
  finishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}
