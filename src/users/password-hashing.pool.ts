import { Logger, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * The hashing threads' niceness: the lowest priority, so a hashing thread gets a core only when the event loop (and
 * anything else in its scheduling group) leaves one idle, which is still all of a core when nothing else runs.
 * Raising niceness needs no privilege. With autogroups, another session's processes (PostgreSQL) share by group.
 */
export const HASHING_NICENESS = 19;

/**
 * The worker's program, as JavaScript source: the tests run TypeScript through SWC and production runs dist/, so a
 * worker file would sit at a different path (and in a different language) in each. The thread lowers its own
 * priority before it hashes anything, then answers one job at a time with bcrypt's synchronous API.
 */
export const BCRYPT_WORKER_SOURCE = `'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { readlinkSync } = require('node:fs');
const { getPriority, setPriority } = require('node:os');
const bcrypt = require(workerData.bcryptPath);

const thread = { kind: 'ready', tid: null, nice: null, note: null };
if (process.platform === 'linux') {
  try {
    // Synchronous on purpose: the link names the calling thread ("<pid>/task/<tid>"), and an async read would run
    // on libuv's pool. On Linux, setpriority() on a thread id changes that one thread.
    thread.tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    setPriority(thread.tid, workerData.niceness);
    thread.nice = getPriority(thread.tid);
  } catch (error) {
    thread.note = String(error && error.message);
  }
} else {
  thread.note = 'thread priority is only lowered on Linux';
}
parentPort.postMessage(thread);

parentPort.on('message', (job) => {
  let value;
  try {
    value = job.op === 'hash' ? bcrypt.hashSync(job.password, job.rounds) : bcrypt.compareSync(job.password, job.hash);
  } catch (error) {
    parentPort.postMessage({ kind: 'failed', message: String(error && error.message) });
    return;
  }
  parentPort.postMessage({ kind: 'done', value });
});
`;

/**
 * Hashing could not be done (a thread died, bcrypt refused its input, the pool is closed). A plain internal error,
 * not an `AppError`: the global filter answers it as a logged 500 `INTERNAL_ERROR`. Never carries a password.
 */
export class PasswordHashingError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PasswordHashingError';
  }
}

/** A hashing thread as the kernel sees it; `nice` is null where the priority could not be read or lowered. */
export interface HashingThread {
  tid: number | null;
  nice: number | null;
  /** Why the priority was left alone, if it was. */
  note: string | null;
}

export interface PasswordHashingPoolOptions {
  /** Threads at most; default `os.availableParallelism()`, at least 1. */
  size?: number;
  niceness?: number;
  /** The worker's program (tests swap in one that crashes); default `BCRYPT_WORKER_SOURCE`. */
  workerSource?: string;
}

type HashingJob = { op: 'hash'; password: string; rounds: number } | { op: 'compare'; password: string; hash: string };

interface QueuedJob {
  job: HashingJob;
  settle(answer: unknown): void;
  reject(error: PasswordHashingError): void;
}

interface HashingWorker {
  worker: Worker;
  current: QueuedJob | null;
  thread: Promise<HashingThread>;
  started(thread: HashingThread): void;
  /** The uncaught error that is about to end the thread, if any. */
  failure: Error | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * bcrypt on worker threads at the lowest CPU priority, one job per thread, FIFO. Threads start on demand up to
 * `size`, stay for the next job, and hold the process open only while they work (`unref` when idle).
 */
export class PasswordHashingPool implements OnApplicationShutdown {
  private readonly logger = new Logger(PasswordHashingPool.name);
  readonly size: number;
  private readonly niceness: number;
  private readonly source: string;
  private readonly queue: QueuedJob[] = [];
  private readonly workers = new Set<HashingWorker>();
  private closed = false;
  private priorityNoted = false;

  constructor(options: PasswordHashingPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
    this.niceness = options.niceness ?? HASHING_NICENESS;
    this.source = options.workerSource ?? BCRYPT_WORKER_SOURCE;
  }

  hash(password: string, rounds: number): Promise<string> {
    return this.run({ op: 'hash', password, rounds }, (answer): answer is string => typeof answer === 'string');
  }

  compare(password: string, hash: string): Promise<boolean> {
    return this.run({ op: 'compare', password, hash }, (answer): answer is boolean => typeof answer === 'boolean');
  }

  /** The threads alive now, once each has set its priority (diagnostics and tests). */
  threads(): Promise<HashingThread[]> {
    return Promise.all([...this.workers].map((entry) => entry.thread));
  }

  /** Ends every thread; jobs still queued or running reject with `PasswordHashingError`. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new PasswordHashingError('The password hashing pool is closed');
    for (const queued of this.queue.splice(0)) {
      queued.reject(error);
    }
    await Promise.all(
      [...this.workers].map(async (entry) => {
        entry.current?.reject(error);
        entry.current = null;
        await entry.worker.terminate();
      }),
    );
  }

  /** After the HTTP server has closed, so requests still in flight at shutdown get their hash. */
  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  private run<T>(job: HashingJob, accepts: (answer: unknown) => answer is T): Promise<T> {
    if (this.closed) {
      return Promise.reject(new PasswordHashingError('The password hashing pool is closed'));
    }
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        job,
        settle: (answer) =>
          accepts(answer) ? resolve(answer) : reject(new PasswordHashingError('A hashing thread answered nonsense')),
        reject,
      });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (!this.closed && this.queue.length > 0) {
      let idle = [...this.workers].find((entry) => entry.current === null);
      if (!idle) {
        if (this.workers.size >= this.size) {
          return;
        }
        try {
          idle = this.spawn();
        } catch (error) {
          this.queue.shift()?.reject(new PasswordHashingError('Could not start a hashing thread', { cause: error }));
          continue;
        }
      }
      const next = this.queue.shift()!;
      idle.current = next;
      idle.worker.ref();
      idle.worker.postMessage(next.job);
    }
  }

  private spawn(): HashingWorker {
    const worker = new Worker(this.source, {
      eval: true,
      // The parent's flags (a TypeScript loader, an inspector) have no business in a hashing thread.
      execArgv: [],
      workerData: { bcryptPath: require.resolve('bcrypt'), niceness: this.niceness },
    });
    worker.unref();
    let started!: (thread: HashingThread) => void;
    const thread = new Promise<HashingThread>((resolve) => (started = resolve));
    const entry: HashingWorker = { worker, current: null, thread, started, failure: null };
    this.workers.add(entry);
    worker.on('message', (message: unknown) => this.answer(entry, message));
    worker.on('error', (error) => (entry.failure = error));
    worker.on('exit', (code) => this.exited(entry, code));
    return entry;
  }

  private answer(entry: HashingWorker, message: unknown): void {
    if (!isRecord(message)) {
      return;
    }
    if (message.kind === 'ready') {
      const thread: HashingThread = {
        tid: numberOrNull(message.tid),
        nice: numberOrNull(message.nice),
        note: typeof message.note === 'string' ? message.note : null,
      };
      if (thread.nice !== this.niceness && !this.priorityNoted) {
        this.priorityNoted = true;
        this.logger.debug(`Hashing threads run at normal priority: ${thread.note ?? `nice ${thread.nice}`}`);
      }
      entry.started(thread);
      return;
    }
    const job = entry.current;
    if (!job) {
      return;
    }
    entry.current = null;
    entry.worker.unref();
    if (message.kind === 'done') {
      job.settle(message.value);
    } else {
      const reason = typeof message.message === 'string' ? message.message : 'unknown';
      job.reject(new PasswordHashingError(`bcrypt failed: ${reason}`));
    }
    this.dispatch();
  }

  /** A thread that ended (crash or close): its job rejects, and waiting work gets a new thread. */
  private exited(entry: HashingWorker, code: number): void {
    this.workers.delete(entry);
    entry.started({ tid: null, nice: null, note: `exited with code ${code}` });
    const job = entry.current;
    entry.current = null;
    job?.reject(
      new PasswordHashingError(`A password hashing thread exited with code ${code}`, { cause: entry.failure }),
    );
    this.dispatch();
  }
}

/** One pool per application, ended by Nest's shutdown hooks. */
export const passwordHashingPoolProvider: Provider = {
  provide: PasswordHashingPool,
  useFactory: () => new PasswordHashingPool(),
};
