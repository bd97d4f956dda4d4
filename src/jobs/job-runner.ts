import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { afterFailure, KEEP_FAILED_MS, KEEP_SUCCEEDED_MS, LEASE_MS } from './job-backoff';
import type { JobBatchHandler, JobHandler, JobKind, RunningJob } from './job-kinds';
import { JobsRepository, type JobClaim } from './jobs.repository';

/** Jobs one claim takes at most; the pass claims again until fewer come back. */
const CLAIM_BATCH = 50;
/** Jobs of one batch run at once (on PGlite they queue behind its one session anyway). */
const CONCURRENCY = 4;
const PRUNE_EVERY_MS = 10 * 60_000;
const PRUNE_BATCH = 1000;

/** Periodic work that runs on the same clock as the jobs (each must be safe on several instances at once). */
export type Sweep = () => Promise<unknown>;

/**
 * The durable job runner (issue 15). Every `JOBS_INTERVAL_MS` each instance runs the registered sweeps, then claims
 * due jobs (`JobsRepository.claim`: one short transaction, `FOR UPDATE SKIP LOCKED`, a lease of `LEASE_MS`) and runs
 * each in a transaction of its own that first re-takes the claim (`holdClaim`), then lets the handler write, then
 * marks the job succeeded: the handler's writes and the completion commit together, so a job is done once even with
 * several instances and across restarts. The jobs of a batch kind (`registerBatch`) in one claim share one such
 * transaction. A failed attempt rolls back and is retried with exponential backoff, then `failed`. A job whose
 * instance died keeps its lease until it runs out; then any instance claims it again.
 *
 * No transaction is held between the claim and the run, so PGlite's one session stays free for requests.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobRunner');
  /** Names this instance in `locked_by` (admins see it in `GET /jobs`). */
  readonly instanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly handlers = new Map<JobKind, JobHandler<JobKind>>();
  private readonly batchHandlers = new Map<JobKind, JobBatchHandler<JobKind>>();
  private readonly sweeps = new Map<string, Sweep>();
  private timer: NodeJS.Timeout | null = null;
  private pass: Promise<void> | null = null;
  private stopping = false;
  private lastPruneAt = 0;

  constructor(
    private readonly jobs: JobsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The handler of one kind (one per kind; modules register theirs in `onModuleInit`). */
  register<K extends JobKind>(kind: K, handler: JobHandler<K>): void {
    if (this.handlers.has(kind)) {
      throw new Error(`a handler for job kind ${kind} is registered already`);
    }
    this.handlers.set(kind, handler as unknown as JobHandler<JobKind>);
  }

  /**
   * The handler of a kind whose jobs are done together: the jobs of that kind in one claim run in one transaction
   * (their claims re-taken in one statement, marked succeeded in one statement), so many due jobs cost a few
   * statements per claim rather than several per job. Should that transaction fail, each of its jobs runs again
   * alone, so only a job that fails by itself is retried (and counts the attempt).
   */
  registerBatch<K extends JobKind>(kind: K, handler: JobBatchHandler<K>): void {
    this.register(kind, (job, context) => handler([job], context));
    this.batchHandlers.set(kind, handler as unknown as JobBatchHandler<JobKind>);
  }

  /** Periodic work run at every interval before the due jobs (the appointment sweeps). */
  registerSweep(name: string, sweep: Sweep): void {
    this.sweeps.set(name, sweep);
  }

  onApplicationBootstrap(): void {
    if (!this.config.jobs.run) {
      return;
    }
    this.timer = setInterval(() => void this.runInBackground(), this.config.jobs.intervalMs);
    this.timer.unref();
    // Work that fell due while the service was down is taken up at once, not one interval later.
    setImmediate(() => void this.runInBackground());
  }

  /** Graceful shutdown: no new pass, no new job; the job running now finishes (or rolls back) first. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
    // A pass that failed (the database went away) was reported by its caller; shutdown goes on to close the rest.
    await this.pass?.catch(() => undefined);
  }

  /** One pass now (also run by tests): the sweeps, then every due job. Answers how many jobs ran. */
  async runDue(): Promise<number> {
    while (this.pass) {
      await this.pass;
    }
    let ran = 0;
    this.pass = this.runPass().then((count) => {
      ran = count;
    });
    try {
      await this.pass;
    } finally {
      this.pass = null;
    }
    return ran;
  }

  /** Deletes finished jobs past their keeping time (also run by tests). */
  prune(): Promise<number> {
    this.lastPruneAt = Date.now();
    return this.jobs.prune(KEEP_SUCCEEDED_MS, KEEP_FAILED_MS, PRUNE_BATCH);
  }

  private async runInBackground(): Promise<void> {
    if (this.pass || this.stopping) {
      return;
    }
    await this.runDue().catch((error: unknown) => this.logger.warn({ err: error }, 'a pass over due jobs failed'));
  }

  private async runPass(): Promise<number> {
    for (const [name, sweep] of this.sweeps) {
      if (this.stopping) {
        return 0;
      }
      await sweep().catch((error: unknown) => this.logger.warn({ err: error, sweep: name }, 'a sweep failed'));
    }
    let ran = 0;
    while (!this.stopping) {
      const claimed = await this.jobs.claim(this.instanceId, CLAIM_BATCH, LEASE_MS);
      const { batches, singles } = this.batchesOf(claimed);
      for (const [kind, batch] of batches) {
        if (this.stopping) {
          await Promise.all(batch.map((job) => this.jobs.release(this.claimOf(job))));
          continue;
        }
        await this.runBatch(kind, batch);
        ran += batch.length;
      }
      for (let start = 0; start < singles.length; start += CONCURRENCY) {
        const slice = singles.slice(start, start + CONCURRENCY);
        if (this.stopping) {
          await Promise.all(slice.map((job) => this.jobs.release(this.claimOf(job))));
          continue;
        }
        await Promise.all(slice.map((job) => this.runOne(job)));
        ran += slice.length;
      }
      if (claimed.length < CLAIM_BATCH) {
        break;
      }
    }
    if (!this.stopping && Date.now() - this.lastPruneAt >= PRUNE_EVERY_MS) {
      const pruned = await this.prune();
      if (pruned > 0) {
        this.logger.log({ pruned }, 'pruned finished jobs');
      }
    }
    return ran;
  }

  /** The claimed jobs of batch kinds by kind (a spent last attempt goes alone: `runOne` fails it), and the rest. */
  private batchesOf(claimed: readonly RunningJob[]): { batches: Map<JobKind, RunningJob[]>; singles: RunningJob[] } {
    const batches = new Map<JobKind, RunningJob[]>();
    const singles: RunningJob[] = [];
    for (const job of claimed) {
      if (this.batchHandlers.has(job.kind) && job.attempt <= job.maxAttempts) {
        const batch = batches.get(job.kind);
        if (batch) {
          batch.push(job);
        } else {
          batches.set(job.kind, [job]);
        }
      } else {
        singles.push(job);
      }
    }
    return { batches, singles };
  }

  /** Runs claimed jobs of one batch kind in one transaction; on failure, each alone (`runOne`). Never throws. */
  private async runBatch(kind: JobKind, jobs: RunningJob[]): Promise<void> {
    const handler = this.batchHandlers.get(kind);
    if (!handler || jobs.length === 1) {
      await Promise.all(jobs.map((job) => this.runOne(job)));
      return;
    }
    const claims = jobs.map((job) => this.claimOf(job));
    try {
      const afterCommit: (() => void)[] = [];
      await this.jobs.transaction(async (em) => {
        const held = await this.jobs.holdClaims(em, claims);
        const mine = jobs.filter((job) => held.has(job.id));
        if (mine.length === 0) {
          return;
        }
        await handler(mine, { em, afterCommit: (work) => afterCommit.push(work) });
        await this.jobs.succeedAll(
          em,
          claims.filter((claim) => held.has(claim.id)),
        );
      });
      afterCommit.forEach((work) => work());
    } catch (error) {
      this.logger.warn({ err: error, kind, jobs: jobs.length }, 'a batch of jobs failed; running each alone');
      for (let start = 0; start < jobs.length; start += CONCURRENCY) {
        await Promise.all(jobs.slice(start, start + CONCURRENCY).map((job) => this.runOne(job)));
      }
    }
  }

  private claimOf(job: RunningJob): JobClaim {
    return { id: job.id, lockedBy: this.instanceId, attempt: job.attempt };
  }

  /** Runs one claimed job; never throws (its failure is written to the job). */
  private async runOne(job: RunningJob): Promise<void> {
    const claim = this.claimOf(job);
    try {
      if (job.attempt > job.maxAttempts) {
        // Only a lease that ran out gets here: every attempt started, and the last one's instance never finished.
        throw new Error('the lease of the last attempt ran out (its instance stopped while running it)');
      }
      const handler = this.handlers.get(job.kind);
      if (!handler) {
        throw new Error(`no handler is registered for job kind ${job.kind}`);
      }
      const afterCommit: (() => void)[] = [];
      const done = await this.jobs.transaction(async (em) => {
        if (!(await this.jobs.holdClaim(em, claim))) {
          return false;
        }
        await handler(job, { em, afterCommit: (work) => afterCommit.push(work) });
        await this.jobs.succeed(em, claim);
        return true;
      });
      if (done) {
        afterCommit.forEach((work) => work());
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const next = afterFailure(job.attempt, job.maxAttempts, new Date());
      this.logger.warn(
        { err: error, job: job.id, kind: job.kind, attempt: job.attempt, next: next.status },
        'a job failed',
      );
      await this.jobs
        .fail(claim, message, next.status === 'queued' ? next.runAt : null)
        .catch((failure: unknown) => this.logger.warn({ err: failure, job: job.id }, 'could not record a job failure'));
    }
  }
}
