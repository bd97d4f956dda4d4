import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Webhook } from 'standardwebhooks';
import { bookingRequest, sendBooking } from '../lib/booking-request';
import { bookableDoctors } from './booking';
import type { BenchContext, ScenarioOutcome } from '../lib/context';
import { percentile, sortedCopy, type Measurement } from '../lib/measure';
import { profiled } from '../lib/phase';

/** How long a delivery may still arrive after the last booking answered. */
const STRAGGLER_MS = 10_000;

/** A certificate for 127.0.0.1 that the app trusts (`NODE_EXTRA_CA_CERTS`): production accepts https targets only. */
export interface ReceiverTls {
  certFile: string;
  cert: Buffer;
  key: Buffer;
}

/** Made with the `openssl` command line (Node makes keys, not certificates). */
export function makeReceiverTls(): ReceiverTls {
  const dir = mkdtempSync(join(tmpdir(), 'bench-webhooks-'));
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { certFile, cert: readFileSync(certFile), key: readFileSync(keyFile) };
}

/** What the app needs to deliver to the bench's local receiver. */
export function webhookAppEnv(tls: ReceiverTls): Record<string, string> {
  return { WEBHOOK_ALLOW_PRIVATE: 'true', NODE_EXTRA_CA_CERTS: tls.certFile };
}

interface Booked {
  status: number;
  sentAt: number;
  answeredAt: number;
  id: string | null;
}

/**
 * 9. One https endpoint (a receiver in this process, on 127.0.0.1) subscribed to `appointment.created`; patients book
 * at `--webhook-rate` per second (default 200, the figure; open loop). Measured: deliveries received per second, and the lag from each booking's 201 (its commit is
 * just before) to the receiver, plus from the booking's send. Every delivery's signature is verified with the
 * `standardwebhooks` library; a booking whose delivery never comes counts as an error.
 */
export async function webhooksScenario(ctx: BenchContext, tls: ReceiverTls): Promise<ScenarioOutcome> {
  const { warmupSeconds, durationSeconds } = ctx.options;
  const rate = ctx.options.webhookRate;
  const app = ctx.app;
  const receivedAt = new Map<string, number>();
  const received: { body: string; headers: Record<string, string> }[] = [];
  let secret = '';
  const server: Server = createServer({ cert: tls.cert, key: tls.key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      // Only the time and the id now (this process also sends the bookings); signatures are checked at the end.
      const at = performance.now();
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ body, headers: req.headers as Record<string, string> });
      const id = (JSON.parse(body) as { data: { appointment: { id: string } } }).data.appointment.id;
      if (!receivedAt.has(id)) {
        receivedAt.set(id, at);
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const port = (server.address() as AddressInfo).port;
    const login = await fetch(`${app.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@bench.clinic.test', password: 'bench-admin-password' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const created = await fetch(`${app.url}/api/v1/webhooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ url: `https://127.0.0.1:${port}/hook`, events: ['appointment.created'] }),
    });
    if (created.status !== 201) {
      throw new Error(`POST /webhooks answered ${created.status}: ${await created.text()}`);
    }
    secret = ((await created.json()) as { secret: string }).secret;

    const patients = ctx.laneSessions;
    const doctors = ctx.population.doctors;
    let turn = 0;
    const book = async (): Promise<Booked> => {
      // Lane k books doctor k, as each side of the booking scenario does: a patient who booked several doctors from their separate
      // slot books would meet their own bookings at the same times (409), and the INSERT ceiling's doctors are past
      // the horizon (`bookableDoctors`).
      const j = turn++ % patients.length;
      const doctor = j % bookableDoctors(doctors);
      const sentAt = performance.now();
      try {
        const res = await sendBooking(app.url, bookingRequest(ctx.slots, patients[j % patients.length], doctor));
        const answeredAt = performance.now();
        const body = (await res.json()) as { id?: string };
        return { status: res.status, sentAt, answeredAt, id: body.id ?? null };
      } catch {
        return { status: 0, sentAt, answeredAt: performance.now(), id: null };
      }
    };
    const steady = async (seconds: number): Promise<Booked[]> => {
      const count = Math.round(seconds * rate);
      const started = performance.now();
      const pending: Promise<Booked>[] = [];
      for (let k = 0; k < count; k += 1) {
        await sleep(Math.max(0, started + (k * 1000) / rate - performance.now()));
        pending.push(book());
      }
      return Promise.all(pending);
    };
    await steady(warmupSeconds);
    const receivedBefore = receivedAt.size;
    const measuredFrom = performance.now();
    const bookings = await profiled(ctx, 'webhook deliveries', () => steady(durationSeconds));
    const booked = bookings.filter((b) => b.status === 201 && b.id !== null);
    const waitUntil = performance.now() + STRAGGLER_MS;
    while (booked.some((b) => !receivedAt.has(b.id ?? '')) && performance.now() < waitUntil) {
      await sleep(50);
    }
    let badSignatures = 0;
    const verifier = new Webhook(secret);
    for (const { body, headers } of received) {
      try {
        verifier.verify(body, headers);
      } catch {
        badSignatures += 1;
      }
    }
    const lastAt = Math.max(...booked.map((b) => receivedAt.get(b.id ?? '') ?? 0), measuredFrom + 1);
    const deliveredSeconds = (lastAt - measuredFrom) / 1000;
    const lags: number[] = [];
    const fromSent: number[] = [];
    let missing = 0;
    for (const booking of booked) {
      const at = receivedAt.get(booking.id ?? '');
      if (at === undefined) {
        missing += 1;
      } else {
        lags.push(Math.max(0, at - booking.answeredAt));
        fromSent.push(at - booking.sentAt);
      }
    }
    const sorted = sortedCopy(lags);
    const statuses: Record<string, number> = {};
    for (const booking of bookings) {
      statuses[booking.status] = (statuses[booking.status] ?? 0) + 1;
    }
    const delivered = booked.length - missing;
    const measurement: Measurement = {
      label: 'webhook delivery lag',
      concurrency: 1,
      seconds: deliveredSeconds,
      completed: delivered,
      rps: delivered / deliveredSeconds,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      max: sorted[sorted.length - 1] ?? Number.NaN,
      statuses,
      non2xx: bookings.length - booked.length,
      errors: missing + badSignatures,
    };
    const sentSorted = sortedCopy(fromSent);
    ctx.log(
      `  ${booked.length} bookings at ${rate}/s (${receivedBefore} warm-up deliveries before): ${delivered} delivered ` +
        `in ${deliveredSeconds.toFixed(1)} s (${measurement.rps.toFixed(0)}/s), 201 → receiver p50 ` +
        `${measurement.p50.toFixed(1)} ms, p99 ${measurement.p99.toFixed(1)} ms, max ${measurement.max.toFixed(0)} ms; ` +
        `sent → receiver p99 ${percentile(sentSorted, 0.99).toFixed(1)} ms; ${missing} missing, ${badSignatures} bad ` +
        'signatures',
    );
    return {
      rows: [
        {
          scenario: `9. Webhooks: 201 → signed delivery at one https endpoint (${rate} bookings/s; req/s = deliveries/s)`,
          measurement,
          target: {
            description: 'every booking delivered, signature valid',
            measured: `${delivered}/${booked.length}, ${badSignatures} bad`,
            met: missing === 0 && badSignatures === 0 && measurement.non2xx === 0,
          },
        },
        {
          scenario: '9. (for scale) booking sent → delivery at the receiver',
          measurement: null,
          figures: {
            rps: '—',
            p50: percentile(sentSorted, 0.5).toFixed(1),
            p99: percentile(sentSorted, 0.99).toFixed(1),
            non2xx: '—',
            errors: '—',
          },
        },
      ],
      details: {
        rate,
        bookings: bookings.length,
        delivered,
        missing,
        badSignatures,
        deliveriesPerSecond: measurement.rps,
        lagP50Ms: measurement.p50,
        lagP99Ms: measurement.p99,
        sentToReceiverP50Ms: percentile(sentSorted, 0.5),
        sentToReceiverP99Ms: percentile(sentSorted, 0.99),
      },
    };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
