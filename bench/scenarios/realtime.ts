import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Socket } from 'socket.io-client';
import { bookingRequest, sendBooking } from '../lib/booking-request';
import { bookableDoctors } from './booking';
import type { BenchContext, ScenarioOutcome } from '../lib/context';
import { percentile, sortedCopy, type Measurement } from '../lib/measure';
import { profiled } from '../lib/phase';
import type { Child } from '../lib/processes';
import type { Session } from '../lib/sessions';
import { connectAll, type OnCreated } from '../lib/sockets';

const TARGET_P99_MS = 50;
const TARGET_KIB_PER_SOCKET = 40;
/** How long an event may still arrive after the last booking answered. */
const STRAGGLER_MS = 3000;

/** Two full GCs a moment apart, so RSS is read with as little garbage (and as few pending frees) as possible. */
async function settledHeap(app: Child): Promise<void> {
  for (let i = 0; i < 2; i += 1) {
    await app.agent('gc');
    await sleep(1000);
  }
}

interface Booked {
  status: number;
  sentAt: number;
  answeredAt: number;
  bookingMs: number;
  id: string | null;
}

/**
 * 6. Doctors and patients hold `sockets` connections; RSS of the app with none and with all of them gives the
 * memory per idle socket. Then patients book at a steady rate (patient j with connected doctor j mod D, distinct free
 * slots) and the time from the booking's 201 (its headers, here) to `appointment.created` at the doctor's socket is
 * measured. A booking whose event never comes counts as an error.
 */
export async function realtimeScenario(
  ctx: BenchContext,
  doctors: Session[],
  patients: Session[],
): Promise<ScenarioOutcome> {
  const { warmupSeconds, durationSeconds, realtimeRate } = ctx.options;
  const app = ctx.app;
  await settledHeap(app);
  const rssBefore = app.rssBytes();
  const connectStarted = performance.now();
  const sockets: Socket[] = [];
  const eventAt = new Map<string, number>();
  const onCreated: OnCreated = (payload) => eventAt.set(payload.appointment.id, performance.now());
  try {
    await connectAll(app.url, [...doctors, ...patients], sockets, onCreated);
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    // Let presence announcements and handshakes finish before reading memory.
    await sleep(3000);
    await settledHeap(app);
    const rssAfter = app.rssBytes();
    const kibPerSocket = (rssAfter - rssBefore) / sockets.length / 1024;
    ctx.log(
      `  ${sockets.length} sockets in ${connectSeconds.toFixed(1)} s; RSS ${(rssBefore / 2 ** 20).toFixed(0)} → ` +
        `${(rssAfter / 2 ** 20).toFixed(0)} MiB: ${kibPerSocket.toFixed(1)} KiB per socket`,
    );

    let turn = 0;
    const book = async (): Promise<Booked> => {
      const j = turn++ % patients.length;
      // Never one of the INSERT ceiling's doctors (their free slots lie past the horizon by now).
      const doctor = j % bookableDoctors(doctors.length);
      const sent = performance.now();
      try {
        const res = await sendBooking(app.url, bookingRequest(ctx.slots, patients[j], doctor));
        const answeredAt = performance.now();
        const body = (await res.json()) as { id?: string };
        return { status: res.status, sentAt: sent, answeredAt, bookingMs: answeredAt - sent, id: body.id ?? null };
      } catch {
        return { status: 0, sentAt: sent, answeredAt: performance.now(), bookingMs: Number.NaN, id: null };
      }
    };
    const steady = async (seconds: number): Promise<Booked[]> => {
      const count = Math.round(seconds * realtimeRate);
      const started = performance.now();
      const pending: Promise<Booked>[] = [];
      for (let k = 0; k < count; k += 1) {
        const due = started + (k * 1000) / realtimeRate;
        await sleep(Math.max(0, due - performance.now()));
        pending.push(book());
      }
      return Promise.all(pending);
    };
    await steady(warmupSeconds);
    const measuredFrom = performance.now();
    const bookings = await profiled(ctx, 'real-time bookings', () => steady(durationSeconds));
    const seconds = (performance.now() - measuredFrom) / 1000;
    const created = bookings.filter((b) => b.status === 201 && b.id !== null);
    const waitUntil = performance.now() + STRAGGLER_MS;
    while (created.some((b) => !eventAt.has(b.id ?? '')) && performance.now() < waitUntil) {
      await sleep(50);
    }
    const latencies: number[] = [];
    /** From the moment the booking was sent: what a doctor's screen waits for a booking, whatever the 201 does. */
    const fromSent: number[] = [];
    let missing = 0;
    let early = 0;
    for (const booking of created) {
      const at = eventAt.get(booking.id ?? '');
      if (at === undefined) {
        missing += 1;
      } else {
        // The event can beat the 201 to the client: that is a latency of zero, not a negative one.
        early += at < booking.answeredAt ? 1 : 0;
        latencies.push(Math.max(0, at - booking.answeredAt));
        fromSent.push(at - booking.sentAt);
      }
    }
    const sorted = sortedCopy(latencies);
    const statuses: Record<string, number> = {};
    for (const booking of bookings) {
      statuses[booking.status] = (statuses[booking.status] ?? 0) + 1;
    }
    const eventLatency: Measurement = {
      label: 'appointment.created latency',
      concurrency: sockets.length,
      seconds,
      completed: bookings.length,
      rps: created.length / seconds,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      max: sorted[sorted.length - 1] ?? Number.NaN,
      statuses,
      non2xx: bookings.length - created.length,
      errors: missing,
    };
    const sentToEvent = sortedCopy(fromSent);
    const bookingTimes = sortedCopy(bookings.map((b) => b.bookingMs).filter((ms) => Number.isFinite(ms)));
    ctx.log(
      `  ${created.length} bookings at ${realtimeRate}/s: event p50 ${eventLatency.p50.toFixed(1)} ms, ` +
        `p99 ${eventLatency.p99.toFixed(1)} ms, ${missing} missing, ${early} before their 201; booking p99 ` +
        `${percentile(bookingTimes, 0.99).toFixed(1)} ms; sent → event p50 ${percentile(sentToEvent, 0.5).toFixed(1)} ms, ` +
        `p99 ${percentile(sentToEvent, 0.99).toFixed(1)} ms`,
    );
    const clean = eventLatency.non2xx === 0 && missing === 0;
    return {
      rows: [
        {
          scenario: `6. 201 → appointment.created at the doctor's socket (${sockets.length} sockets, ${realtimeRate} bookings/s)`,
          measurement: eventLatency,
          target: {
            description: `p99 < ${TARGET_P99_MS} ms`,
            measured: `${eventLatency.p99.toFixed(1)} ms`,
            met: eventLatency.p99 < TARGET_P99_MS && clean,
          },
        },
        {
          // Events leave right after the commit, before the 201 is written, so they often beat it (latency 0 above).
          scenario: `6. (for scale) booking sent → appointment.created at the doctor's socket; ${early} of ${created.length} events beat their 201`,
          measurement: null,
          figures: {
            rps: '—',
            p50: percentile(sentToEvent, 0.5).toFixed(1),
            p99: percentile(sentToEvent, 0.99).toFixed(1),
            non2xx: '—',
            errors: '—',
          },
        },
        {
          scenario: `6. RSS per idle connected socket (${sockets.length} sockets)`,
          measurement: null,
          figures: { rps: '—', p50: '—', p99: '—', non2xx: '—', errors: '—' },
          target: {
            description: `≤ ${TARGET_KIB_PER_SOCKET} KiB`,
            measured: `${kibPerSocket.toFixed(1)} KiB`,
            met: kibPerSocket <= TARGET_KIB_PER_SOCKET,
          },
        },
      ],
      details: {
        sockets: sockets.length,
        connectSeconds,
        rssBeforeBytes: rssBefore,
        rssAfterBytes: rssAfter,
        kibPerSocket,
        eventsBefore201: early,
        sentToEventP50Ms: percentile(sentToEvent, 0.5),
        sentToEventP99Ms: percentile(sentToEvent, 0.99),
        missingEvents: missing,
        bookingP50Ms: percentile(bookingTimes, 0.5),
        bookingP99Ms: percentile(bookingTimes, 0.99),
      },
    };
  } finally {
    for (const socket of sockets) {
      socket.close();
    }
  }
}
