import { Pool } from 'pg';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchContext, ScenarioOutcome } from '../lib/context';
import { mergeRounds, summaryLine, type Measurement } from '../lib/measure';
import { profiled } from '../lib/phase';
import { appointmentReads, type Readers } from './http';

const REMINDERS = 10_000;
const TARGET_SECONDS = 60;
const TARGET_P99_RATIO = 1.5;
/** Ordinary reads: a steady client load well under the app's ceiling, so their p99 shows what the jobs take from it. */
const READ_RATE = 200;
const READ_CONNECTIONS = 16;
/** Reads run in chunks of this many seconds while the reminders are being sent, merged into one measurement. */
const CHUNK_SECONDS = 2;
const GIVE_UP_SECONDS = 300;
/** Leads per appointment: enough to reach 10,000 jobs from the upcoming appointments of a --quick seed. */
const LEADS = [2880, 1440, 60];

/**
 * Plans `REMINDERS` due `appointment.reminder` jobs for real upcoming `pending`/`confirmed` appointments, as the app
 * plans them (one per appointment and lead, the same dedupe key and payload), due now; one statement. Answers how
 * many there are (fewer when the seeded data has too few upcoming appointments).
 */
async function planDueReminders(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ planned: number }>(
    `WITH upcoming AS (
       SELECT id, starts_at FROM appointments
        WHERE status IN ('pending', 'confirmed') AND deleted_at IS NULL AND starts_at > now() + interval '1 day'
        ORDER BY starts_at LIMIT $1
     ), planned AS (
       INSERT INTO jobs (kind, dedupe_key, payload, run_at)
       SELECT 'appointment.reminder', 'appointment.reminder:' || u.id || ':' || l.lead || ':' || u.iso,
              jsonb_build_object('appointmentId', u.id, 'minutesBefore', l.lead, 'startsAt', u.iso), now()
         FROM (SELECT id, to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS iso,
                      row_number() OVER (ORDER BY starts_at, id) AS n
                 FROM upcoming) u
         JOIN unnest($2::int[]) WITH ORDINALITY AS l(lead, k) ON true
        ORDER BY l.k, u.n
        LIMIT $3
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING 1
     )
     SELECT count(*)::int AS planned FROM planned`,
    [REMINDERS, LEADS, REMINDERS],
  );
  return rows[0]?.planned ?? 0;
}

async function reminderProgress(pool: Pool): Promise<{ succeeded: number; failed: number; open: number }> {
  const { rows } = await pool.query<{ succeeded: number; failed: number; open: number }>(
    `SELECT count(*) FILTER (WHERE status = 'succeeded')::int AS succeeded,
            count(*) FILTER (WHERE status = 'failed')::int AS failed,
            count(*) FILTER (WHERE status IN ('queued', 'running'))::int AS open
       FROM jobs WHERE kind = 'appointment.reminder'`,
  );
  return rows[0];
}

/**
 * 8. 10,000 due reminders on one instance: the time from planning them (due at once) until every one is done (the
 * runner wakes every `JOBS_INTERVAL_MS`, 1 s here, so the wait for the first pass is counted), and the p99 of
 * ordinary authed reads (`GET /appointments/:id` at a steady rate) while they are sent, against the same reads just
 * before and just after. Checks that each reminder was stored once per party.
 */
export async function remindersScenario(ctx: BenchContext, readers: Readers): Promise<ScenarioOutcome> {
  const pool = new Pool({ connectionString: ctx.databaseUrl, max: 2 });
  try {
    await pool.query(`DELETE FROM jobs WHERE kind = 'appointment.reminder'`);
    await pool.query(`DELETE FROM notifications WHERE type = 'appointment.reminder'`);
    const reads = appointmentReads(ctx, readers, 'GET /appointments/:id', READ_CONNECTIONS, READ_RATE);
    const { warmupSeconds, durationSeconds } = ctx.options;
    // Every read phase in runs of `CHUNK_SECONDS`, as the reads during the work are, so both sides are measured alike.
    const inChunks = async (seconds: number): Promise<Measurement[]> => {
      const runs: Measurement[] = [];
      for (let left = seconds; left > 0; left -= CHUNK_SECONDS) {
        runs.push(await reads(Math.min(CHUNK_SECONDS, left)));
      }
      return runs;
    };
    await reads(warmupSeconds);
    const before = await inChunks(durationSeconds / 2);

    const planned = await planDueReminders(pool);
    const started = performance.now();
    const chunks: Measurement[] = [];
    let progress = await reminderProgress(pool);
    await profiled(ctx, 'reminders', async () => {
      const watching = (async () => {
        while (progress.open > 0 && performance.now() - started < GIVE_UP_SECONDS * 1000) {
          await sleep(100);
          progress = await reminderProgress(pool);
        }
      })();
      while (progress.open > 0 && performance.now() - started < GIVE_UP_SECONDS * 1000) {
        chunks.push(await reads(CHUNK_SECONDS));
      }
      await watching;
    });
    const seconds = (performance.now() - started) / 1000;
    const during = mergeRounds(chunks.length > 0 ? chunks : [await reads(CHUNK_SECONDS)]);
    // The reads without the work half before and half after it, so a drift of the machine's load weighs on both sides.
    const without = mergeRounds([...before, ...(await inChunks(durationSeconds / 2))]);
    const { rows } = await pool.query<{ sent: number; twice: number }>(
      `SELECT count(*)::int AS sent, count(*) FILTER (WHERE copies <> 2)::int AS twice
         FROM (SELECT data->>'appointmentId', data->>'minutesBefore', count(*) AS copies FROM notifications
                WHERE type = 'appointment.reminder' GROUP BY 1, 2) per_reminder`,
    );
    const { sent, twice } = rows[0];
    ctx.log(
      `  ${planned} reminders planned; ${progress.succeeded} done in ${seconds.toFixed(1)} s, ${progress.failed} failed`,
    );
    ctx.log(`  ${sent} sent (stored for both parties), ${twice} not stored exactly once per party`);
    ctx.log(`  without: ${summaryLine(without)}`);
    ctx.log(`  during:  ${summaryLine(during)}`);
    const ratio = during.p99 / without.p99;
    const clean = (m: Measurement) => m.non2xx === 0 && m.errors === 0;
    return {
      rows: [
        {
          scenario: `8. ${planned.toLocaleString('en-US')} due reminders on one instance: time until all sent`,
          measurement: null,
          figures: { rps: `${(planned / seconds).toFixed(0)}/s`, p50: '—', p99: '—', non2xx: '—', errors: '—' },
          target: {
            description: `all sent once < ${TARGET_SECONDS} s`,
            measured: `${seconds.toFixed(1)} s (${sent} sent, ${progress.failed} failed)`,
            met:
              planned === REMINDERS &&
              seconds < TARGET_SECONDS &&
              progress.succeeded === planned &&
              sent === planned &&
              twice === 0,
          },
        },
        { scenario: `8. GET /appointments/:id at ${READ_RATE}/s, without reminder work`, measurement: without },
        {
          scenario: `8. GET /appointments/:id at ${READ_RATE}/s, while the reminders are sent`,
          measurement: during,
          ratio,
          target: {
            description: `p99 < ${TARGET_P99_RATIO}× of without`,
            measured: `${ratio.toFixed(2)}× (${during.p99.toFixed(1)} / ${without.p99.toFixed(1)} ms)`,
            met: ratio < TARGET_P99_RATIO && clean(during) && clean(without),
          },
        },
      ],
      details: { planned, seconds, sent, notOncePerParty: twice, failed: progress.failed, readChunks: chunks.length },
    };
  } finally {
    await pool.end();
  }
}
