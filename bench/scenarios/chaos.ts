import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { Socket } from 'socket.io-client';
import { bookingRequest, sendBooking } from '../lib/booking-request';
import type { BenchContext, ScenarioOutcome } from '../lib/context';
import type { Child } from '../lib/processes';
import type { Session } from '../lib/sessions';
import { connectAll, type OnCreated } from '../lib/sockets';

/** Milliseconds the doomed instance serves once it is up, before it is killed (SIGKILL, mid-request) and restarted. */
const KILL_AFTER_MS = 3000;
/** How long an event may still arrive after the load stopped: the outbox's 2 s grace, a relay pass, the relay. */
const STRAGGLER_MS = 10_000;
/** Booking lanes, half against each instance. */
const LANES = 16;
const DOCTORS = 20;
/**
 * An event that came this long after its booking's transaction began was published by a relay's sweep: the relay
 * takes over rows older than 2 s, while a booking's p99 is under 100 ms even on a loaded machine.
 */
const LATE_MS = 1500;

export type StartInstance = (env: Record<string, string>) => Promise<Child>;

interface Received {
  firstAt: number;
  times: number;
}

/**
 * 10. Two instances share the database and Redis. Doctors' sockets are connected to the steady one; patients book on
 * both, and the other instance is killed (SIGKILL, mid-request) every few seconds and started again. Afterwards every
 * booking the database holds from that time is looked for among the events the doctors received: a booking committed
 * by a process that died before it published its event must still reach its doctor (the outbox's leftovers are
 * published by the steady instance's relay). Before the outbox, about 1 event in 300 was lost this way.
 */
export async function chaosScenario(
  ctx: BenchContext,
  doctors: Session[],
  startInstance: StartInstance,
): Promise<ScenarioOutcome> {
  const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw new Error(`needs Redis at ${redisUrl} (BENCH_REDIS_URL) to run two instances: ${String(error)}`);
  } finally {
    probe.disconnect();
  }
  const env = { REDIS_URL: redisUrl, REDIS_PREFIX: `bench-chaos-${randomBytes(4).toString('hex')}` };
  const seconds = Math.max(6, ctx.options.durationSeconds * 2);
  const sockets: Socket[] = [];
  const received = new Map<string, Received>();
  let steady: Child | undefined;
  let doomed: Child | undefined;
  let db: Client | undefined;
  let stopping = false;
  const doctorCount = Math.min(DOCTORS, doctors.length);
  const doctorIds = doctors.slice(0, doctorCount).flatMap((d) => (d.doctorId === null ? [] : [d.doctorId]));
  if (doctorIds.length === 0) {
    throw new Error('needs logged-in doctors');
  }
  // The main app (no Redis) would publish the killed instance's leftovers to sockets of its own: it sleeps meanwhile.
  ctx.app.process.kill('SIGSTOP');
  try {
    const steadyApp = await startInstance(env);
    steady = steadyApp;
    doomed = await startInstance(env);
    const onCreated: OnCreated = ({ appointment }) => {
      const seen = received.get(appointment.id);
      if (seen) {
        seen.times += 1;
      } else {
        received.set(appointment.id, { firstAt: Date.now(), times: 1 });
      }
    };
    await connectAll(steadyApp.url, doctors.slice(0, doctorCount), sockets, onCreated);
    const database = new Client({ connectionString: ctx.databaseUrl });
    db = database;
    await database.connect();
    const { rows: clock } = await database.query<{ now: Date }>('SELECT now() AS now');
    const startedAt = clock[0].now;

    let kills = 0;
    let answered = 0;
    const otherStatuses: Record<string, number> = {};
    let cutOff = 0;
    const lane = async (index: number): Promise<void> => {
      let turn = index;
      while (!stopping) {
        // Lane k books doctor k, as each side of the booking scenario does (a patient booking several doctors would meet their own
        // bookings at the same times: 409).
        const doctor = turn % doctorCount;
        const patient = ctx.laneSessions[doctor % ctx.laneSessions.length];
        turn += LANES;
        const target = index % 2 === 0 || !doomed ? steadyApp : doomed;
        try {
          const res = await sendBooking(target.url, bookingRequest(ctx.slots, patient, doctor));
          await res.arrayBuffer();
          if (res.status === 201) {
            answered += 1;
          } else {
            otherStatuses[res.status] = (otherStatuses[res.status] ?? 0) + 1;
          }
        } catch {
          // The instance died under the request (its booking may or may not have committed), or is not up yet.
          cutOff += 1;
          await sleep(100);
        }
      }
    };
    const killer = async (): Promise<void> => {
      while (!stopping) {
        await sleep(KILL_AFTER_MS);
        if (stopping) {
          return;
        }
        doomed?.process.kill('SIGKILL');
        kills += 1;
        doomed = undefined;
        doomed = await startInstance(env);
      }
    };
    const lanes = Array.from({ length: LANES }, (_, i) => lane(i));
    // A restart that fails ends the phase at once (the lanes stop too) and fails the scenario, not the whole bench.
    const failed: { error?: Error } = {};
    const killing = killer().catch((error: unknown) => {
      failed.error = error instanceof Error ? error : new Error(`restart failed: ${String(error)}`);
      stopping = true;
    });
    const endsAt = performance.now() + seconds * 1000;
    while (!stopping && performance.now() < endsAt) {
      await sleep(100);
    }
    stopping = true;
    await Promise.all([...lanes, killing]);
    if (failed.error) {
      throw failed.error;
    }
    const refused = Object.values(otherStatuses).reduce((sum, count) => sum + count, 0);

    const { rows } = await database.query<{ id: string; created_ms: string }>(
      `SELECT id, (extract(epoch FROM created_at) * 1000)::bigint AS created_ms
         FROM appointments WHERE doctor_id = ANY($1::uuid[]) AND created_at >= $2`,
      [doctorIds, startedAt],
    );
    const waitUntil = performance.now() + STRAGGLER_MS;
    while (rows.some((r) => !received.has(r.id)) && performance.now() < waitUntil) {
      await sleep(100);
    }
    const missing = rows.filter((r) => !received.has(r.id)).length;
    const twice = rows.filter((r) => (received.get(r.id)?.times ?? 0) > 1).length;
    const late = rows.filter((r) => {
      const at = received.get(r.id)?.firstAt;
      return at !== undefined && at - Number(r.created_ms) > LATE_MS;
    }).length;
    ctx.log(
      `  ${seconds} s, ${kills} kills: ${rows.length} bookings committed (${answered} answered 201, ${cutOff} cut off ` +
        `or refused connection, ${refused} other answers ${JSON.stringify(otherStatuses)}); events: ${missing} missing, ${late} late (published ` +
        `by the relay's sweep), ${twice} delivered twice`,
    );
    return {
      rows: [
        {
          scenario: `10. An instance killed ${KILL_AFTER_MS / 1000} s after each start under booking load (${kills} kills, ${rows.length} bookings committed): bookings whose appointment.created never reached the doctor`,
          measurement: null,
          figures: {
            rps: (rows.length / seconds).toFixed(0),
            p50: '—',
            p99: '—',
            non2xx: String(refused),
            errors: String(missing),
          },
          target: {
            description: 'none lost (at least once)',
            measured: `${missing} of ${rows.length} lost; ${late} late, ${twice} twice`,
            met: missing === 0 && kills > 0 && rows.length > 0,
          },
        },
      ],
      details: {
        seconds,
        kills,
        committed: rows.length,
        answered,
        cutOff,
        refused,
        otherStatuses,
        missing,
        late,
        twice,
      },
    };
  } finally {
    stopping = true;
    await db?.end().catch(() => undefined);
    for (const socket of sockets) {
      socket.close();
    }
    doomed?.process.kill('SIGKILL');
    await steady?.stop();
    ctx.app.process.kill('SIGCONT');
  }
}
