import type { TokenResponse } from '@app/contracts';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { bookingRequest, sendBooking } from '../lib/booking-request';
import { bookableDoctors } from './booking';
import type { BenchContext, ScenarioOutcome } from '../lib/context';
import { percentile, sortedCopy, type Measurement } from '../lib/measure';
import { profiled } from '../lib/phase';
import { idOf, PASSWORD } from '../lib/population';
import { ROOT } from '../lib/processes';
import type { Session } from '../lib/sessions';
import type { WatcherCommand, WatcherReport, WatcherSetup } from '../lib/slot-watchers.worker';

const TARGET_P99_MS = 50;
const CONNECT_CONCURRENCY = 25;
/** How long a `slots.changed` may still arrive after the last change answered. */
const STRAGGLER_MS = 3000;
/** The watchers are spread over this many threads (the machine's cores, at most 4). */
const WATCHER_THREADS = Math.max(1, Math.min(4, cpus().length));

const now = () => performance.timeOrigin + performance.now();

/** One thread of watchers, driven by messages (see `slot-watchers.worker.ts`). */
class WatcherThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<string, { resolve(report: WatcherReport): void; reject(error: Error): void }>();

  constructor(setup: WatcherSetup) {
    const worker = join(ROOT, 'bench', 'lib', 'slot-watchers.worker.ts');
    const hook = join(ROOT, 'test', 'support', 'register-ts.js');
    this.worker = new Worker(`require(${JSON.stringify(hook)}); require(${JSON.stringify(worker)});`, {
      eval: true,
      workerData: setup,
    });
    this.worker.on('message', (report: WatcherReport) => {
      // A thread that could not watch answers the wait for `ready`.
      const type = report.type === 'failed' ? 'ready' : report.type;
      this.waiting.get(type)?.resolve(report);
      this.waiting.delete(type);
    });
    this.worker.on('error', (error) => {
      for (const waiter of this.waiting.values()) {
        waiter.reject(error);
      }
      this.waiting.clear();
    });
  }

  private next<T extends WatcherReport['type']>(type: T): Promise<Extract<WatcherReport, { type: T }>> {
    return new Promise((resolve, reject) => {
      this.waiting.set(type, { resolve: resolve as (report: WatcherReport) => void, reject });
    });
  }

  async ready(): Promise<number> {
    // A thread that could not watch answers with `failed` instead.
    const report = await (this.next('ready') as Promise<WatcherReport>);
    if (report.type === 'failed') {
      throw new Error(`a watcher thread could not watch: ${report.message}`);
    }
    return report.type === 'ready' ? report.sockets : 0;
  }

  private send<T extends WatcherReport['type']>(
    command: WatcherCommand,
    answer: T,
  ): Promise<Extract<WatcherReport, { type: T }>> {
    const reply = this.next(answer);
    this.worker.postMessage(command);
    return reply;
  }

  async reset(): Promise<void> {
    await this.send({ type: 'reset' }, 'reset');
  }

  async receipts(): Promise<number[][]> {
    return (await this.send({ type: 'collect' }, 'receipts')).receipts;
  }

  async close(): Promise<void> {
    await Promise.race([this.send({ type: 'close' }, 'closed'), sleep(5000)]);
    await this.worker.terminate();
  }
}

interface Change {
  kind: 'book' | 'cancel';
  status: number;
  sentAt: number;
  answeredAt: number;
  /** The appointment's `updatedAt`: PostgreSQL's `now()`, the start of the change's transaction (before its commit). */
  changedAt: number;
}

/** A patient of its own, so its bookings meet no other scenario's (the patient's overlap rule). */
async function registerBooker(url: string): Promise<Session> {
  const res = await fetch(`${url}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `fanout-${randomBytes(4).toString('hex')}@bench.clinic.test`,
      password: PASSWORD,
      fullName: 'Fan Out',
      role: 'patient',
    }),
  });
  if (res.status !== 201) {
    throw new Error(`registering the booker answered ${res.status}: ${await res.text()}`);
  }
  const body = (await res.json()) as TokenResponse;
  return {
    userId: body.user.id,
    accessToken: body.accessToken,
    headers: { authorization: `Bearer ${body.accessToken}` },
    patientId: body.user.patientId,
    doctorId: null,
  };
}

/**
 * 7. `sockets` watchers (any role; tokens of the given sessions, reused) watch one doctor over `slots.watch`, spread
 * over a few threads. One patient books that doctor and cancels the booking, in turn, `realtimeRate` changes a
 * second, one at a time; each change reaches every watcher as `slots.changed`. Measured per watcher and change: from
 * the start of the change's transaction (the appointment's `updatedAt`, PostgreSQL's `now()`; same clock, same
 * machine) to the receipt, which bounds commit → receipt from above; for scale, from the HTTP answer (0 when the
 * event beat it), from the request, and the spread from the first watcher to the last. A missing receipt is an error.
 */
export async function slotsFanoutScenario(ctx: BenchContext, sessions: Session[]): Promise<ScenarioOutcome> {
  const { warmupSeconds, durationSeconds, realtimeRate, sockets: watcherCount } = ctx.options;
  const app = ctx.app;
  // The last doctor the app books (the INSERT ceiling's, above it, are past the horizon by now).
  const doctorIndex = bookableDoctors(ctx.population.doctors) - 1;
  const doctorId = idOf('doctor', doctorIndex);
  const booker = await registerBooker(app.url);
  const tokens = Array.from({ length: watcherCount }, (_, i) => sessions[i % sessions.length].accessToken);
  const threads = Array.from(
    { length: WATCHER_THREADS },
    (_, t) =>
      new WatcherThread({
        url: app.url,
        tokens: tokens.filter((_, i) => i % WATCHER_THREADS === t),
        doctorId,
        connectConcurrency: CONNECT_CONCURRENCY,
      }),
  );
  try {
    const connectStarted = performance.now();
    const watching = (await Promise.all(threads.map((thread) => thread.ready()))).reduce((a, b) => a + b, 0);
    ctx.log(
      `  ${watching} sockets watching one doctor, on ${WATCHER_THREADS} threads, in ` +
        `${((performance.now() - connectStarted) / 1000).toFixed(1)} s`,
    );

    let booked: string | null = null;
    const change = async (): Promise<Change> => {
      const sentAt = now();
      const kind = booked === null ? 'book' : 'cancel';
      try {
        const res =
          booked === null
            ? await sendBooking(app.url, bookingRequest(ctx.slots, booker, doctorIndex))
            : await fetch(`${app.url}/api/v1/appointments/${booked}/status`, {
                method: 'PATCH',
                headers: { ...booker.headers, 'content-type': 'application/json' },
                body: JSON.stringify({ status: 'cancelled' }),
              });
        const answeredAt = now();
        const body = (await res.json()) as { id?: string; updatedAt?: string };
        if (kind === 'book' && res.status === 201) {
          booked = body.id ?? null;
        } else if (kind === 'cancel') {
          booked = null;
        }
        return { kind, status: res.status, sentAt, answeredAt, changedAt: Date.parse(body.updatedAt ?? '') };
      } catch {
        return { kind, status: 0, sentAt, answeredAt: now(), changedAt: Number.NaN };
      }
    };
    /** One change at a time (so the k-th event at a socket is the k-th change), `realtimeRate` a second. */
    const steady = async (seconds: number): Promise<Change[]> => {
      const count = Math.round(seconds * realtimeRate);
      const started = performance.now();
      const changes: Change[] = [];
      for (let k = 0; k < count; k += 1) {
        await sleep(Math.max(0, started + (k * 1000) / realtimeRate - performance.now()));
        changes.push(await change());
      }
      return changes;
    };
    await steady(warmupSeconds);
    await sleep(1000);
    await Promise.all(threads.map((thread) => thread.reset()));

    const measuredFrom = performance.now();
    const changes = await profiled(ctx, 'slots.changed fan-out', () => steady(durationSeconds));
    const seconds = (performance.now() - measuredFrom) / 1000;
    const announced = changes.filter((c) => c.status === 200 || c.status === 201);
    const collect = async () => (await Promise.all(threads.map((thread) => thread.receipts()))).flat();
    let receipts = await collect();
    const waitUntil = performance.now() + STRAGGLER_MS;
    while (receipts.some((list) => list.length < announced.length) && performance.now() < waitUntil) {
      await sleep(100);
      receipts = await collect();
    }

    const fromAnswer: number[] = [];
    const fromSent: number[] = [];
    const fromTransaction: number[] = [];
    /** Per change: first watcher to last, the fan-out's own spread. */
    const spreads: number[] = [];
    let missing = 0;
    let early = 0;
    let extra = 0;
    announced.forEach((c, k) => {
      let first = Infinity;
      let last = -Infinity;
      for (const list of receipts) {
        const at = list[k];
        if (at === undefined) {
          missing += 1;
          continue;
        }
        early += at < c.answeredAt ? 1 : 0;
        fromAnswer.push(Math.max(0, at - c.answeredAt));
        fromSent.push(at - c.sentAt);
        fromTransaction.push(at - c.changedAt);
        first = Math.min(first, at);
        last = Math.max(last, at);
      }
      if (last >= first) {
        spreads.push(last - first);
      }
    });
    for (const list of receipts) {
      extra += Math.max(0, list.length - announced.length);
    }
    const sorted = sortedCopy(fromTransaction);
    const answerSorted = sortedCopy(fromAnswer);
    const sentSorted = sortedCopy(fromSent);
    const spreadSorted = sortedCopy(spreads);
    const statuses: Record<string, number> = {};
    for (const c of changes) {
      const key = `${c.kind} ${c.status}`;
      statuses[key] = (statuses[key] ?? 0) + 1;
    }
    const latency: Measurement = {
      label: 'slots.changed latency',
      concurrency: watching,
      seconds,
      completed: changes.length,
      rps: announced.length / seconds,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      max: sorted[sorted.length - 1] ?? Number.NaN,
      statuses,
      non2xx: changes.length - announced.length,
      errors: missing + extra,
    };
    const ms = (values: readonly number[], q: number) => percentile(values, q).toFixed(1);
    ctx.log(
      `  ${announced.length} changes × ${watching} watchers: transaction → receipt p50 ${ms(sorted, 0.5)} ms, ` +
        `p99 ${ms(sorted, 0.99)} ms, max ${latency.max.toFixed(1)} ms; answer → receipt p50 ${ms(answerSorted, 0.5)} ` +
        `ms, p99 ${ms(answerSorted, 0.99)} ms (${early} receipts beat their answer); sent → receipt p50 ` +
        `${ms(sentSorted, 0.5)} ms, p99 ${ms(sentSorted, 0.99)} ms; first → last watcher p50 ${ms(spreadSorted, 0.5)} ` +
        `ms, p99 ${ms(spreadSorted, 0.99)} ms; ${missing} missing, ${extra} unexpected`,
    );
    const clean = latency.non2xx === 0 && missing === 0 && extra === 0 && announced.length > 0;
    const figures = (values: readonly number[]) => ({
      rps: '—',
      p50: ms(values, 0.5),
      p99: ms(values, 0.99),
      non2xx: '—',
      errors: '—',
    });
    return {
      rows: [
        {
          // The transaction's start comes before its commit: this bounds commit → receipt from above.
          scenario:
            `7. change's transaction → slots.changed at each of ${watching} watchers of one doctor ` +
            `(bookings and cancellations, ${realtimeRate}/s)`,
          measurement: latency,
          target: {
            description: `p99 < ${TARGET_P99_MS} ms`,
            measured: `${latency.p99.toFixed(1)} ms`,
            met: latency.p99 < TARGET_P99_MS && clean,
          },
        },
        {
          // The relay emits to the room before the HTTP answer is written, so most receipts beat it (counted as 0).
          scenario: `7. (for scale) change's HTTP answer → slots.changed; ${early} of ${fromAnswer.length} receipts beat it`,
          measurement: null,
          figures: figures(answerSorted),
        },
        {
          scenario: '7. (for scale) change sent → slots.changed at each watcher',
          measurement: null,
          figures: figures(sentSorted),
        },
        {
          scenario: `7. (for scale) first → last watcher of one change (${WATCHER_THREADS} receiving threads)`,
          measurement: null,
          figures: figures(spreadSorted),
        },
      ],
      details: {
        watchers: watching,
        watcherThreads: WATCHER_THREADS,
        changes: announced.length,
        statuses,
        missingReceipts: missing,
        unexpectedReceipts: extra,
        receiptsBeforeAnswer: early,
        transactionToReceiptP50Ms: latency.p50,
        transactionToReceiptP99Ms: latency.p99,
        transactionToReceiptMaxMs: latency.max,
        answerToReceiptP50Ms: percentile(answerSorted, 0.5),
        answerToReceiptP99Ms: percentile(answerSorted, 0.99),
        sentToReceiptP50Ms: percentile(sentSorted, 0.5),
        sentToReceiptP99Ms: percentile(sentSorted, 0.99),
        spreadP50Ms: percentile(spreadSorted, 0.5),
        spreadP99Ms: percentile(spreadSorted, 0.99),
        changeAnswerP99Ms: percentile(sortedCopy(changes.map((c) => c.answeredAt - c.sentAt)), 0.99),
      },
    };
  } finally {
    await Promise.all(threads.map((thread) => thread.close()));
  }
}
