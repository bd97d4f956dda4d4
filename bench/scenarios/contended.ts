import { Pool } from 'pg';
import { performance } from 'node:perf_hooks';
import { BOOKING_MINUTES } from '../lib/calendar';
import type { BenchContext, ScenarioOutcome } from '../lib/context';
import { percentile, sortedCopy } from '../lib/measure';
import { idOf } from '../lib/population';
import type { Session } from '../lib/sessions';

/** The doctor everyone fights over. */
const CONTENDED_DOCTOR = 0;

interface Round {
  settleMs: number;
  statuses: Record<string, number>;
  conflictCodes: Record<string, number>;
  /** Non-cancelled appointments the database holds in the round's slots afterwards. */
  stored: number;
}

async function bookOne(url: string, session: Session, startsAt: Date): Promise<{ status: number; code: string }> {
  const res = await fetch(`${url}/api/v1/appointments`, {
    method: 'POST',
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      doctorId: idOf('doctor', CONTENDED_DOCTOR),
      startsAt: startsAt.toISOString(),
      durationMinutes: BOOKING_MINUTES,
    }),
  });
  const body = (await res.json()) as { code?: string };
  return { status: res.status, code: body.code ?? '' };
}

/**
 * 3. 64 clients (distinct patients) fire at once at 8 slots of one doctor, 8 per slot: exactly 8 may win, the other
 * 56 must get 409 `APPOINTMENT_CONFLICT`, none a 5xx. Timed from the first request sent to the last answer; the first
 * round (which opens the connections) is checked but not timed.
 */
export async function contendedScenario(ctx: BenchContext, sessions: Session[]): Promise<ScenarioOutcome> {
  const { contendedSlots, contendedRounds } = ctx.options;
  const clients = sessions.length;
  const rounds: Round[] = [];
  const pool = new Pool({ connectionString: ctx.databaseUrl, max: 1 });
  try {
    for (let round = 0; round <= contendedRounds; round += 1) {
      const slots = Array.from({ length: contendedSlots }, () => ctx.slots.next(CONTENDED_DOCTOR));
      const started = performance.now();
      const answers = await Promise.all(
        sessions.map((session, i) =>
          bookOne(ctx.app.url, session, slots[i % contendedSlots]).catch(() => ({ status: 0, code: 'NO_ANSWER' })),
        ),
      );
      const settleMs = performance.now() - started;
      const statuses: Record<string, number> = {};
      const conflictCodes: Record<string, number> = {};
      for (const answer of answers) {
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        if (answer.status === 409) {
          conflictCodes[answer.code] = (conflictCodes[answer.code] ?? 0) + 1;
        }
      }
      const { rows } = await pool.query<{ stored: number }>(
        `SELECT count(*)::int AS stored FROM appointments
          WHERE doctor_id = $1 AND starts_at = ANY($2::timestamptz[]) AND status <> 'cancelled' AND deleted_at IS NULL`,
        [idOf('doctor', CONTENDED_DOCTOR), slots],
      );
      rounds.push({ settleMs, statuses, conflictCodes, stored: rows[0].stored });
    }
  } finally {
    await pool.end();
  }
  const expected = (r: Round) =>
    r.statuses['201'] === contendedSlots &&
    r.conflictCodes.APPOINTMENT_CONFLICT === clients - contendedSlots &&
    r.stored === contendedSlots;
  const good = rounds.filter(expected).length;
  const serverErrors = rounds.reduce(
    (sum, r) => sum + Object.entries(r.statuses).reduce((s, [k, v]) => s + (Number(k) >= 500 ? v : 0), 0),
    0,
  );
  const noAnswer = rounds.reduce((sum, r) => sum + (r.statuses['0'] ?? 0), 0);
  const timed = sortedCopy(rounds.slice(1).map((r) => r.settleMs));
  const conflicts = rounds.reduce((sum, r) => sum + (r.statuses['409'] ?? 0), 0);
  const nonConflict = rounds.reduce((sum, r) => sum + clients - (r.statuses['201'] ?? 0) - (r.statuses['409'] ?? 0), 0);
  ctx.log(
    `  ${rounds.length} rounds of ${clients} clients × ${contendedSlots} slots: ${good} exact, ` +
      `settle p50 ${percentile(timed, 0.5).toFixed(1)} ms, max ${timed[timed.length - 1]?.toFixed(1)} ms`,
  );
  return {
    rows: [
      {
        scenario: `3. Contended: ${clients} clients × ${contendedSlots} slots of one doctor (settle time)`,
        measurement: null,
        figures: {
          rps: '—',
          p50: percentile(timed, 0.5).toFixed(1),
          p99: (timed[timed.length - 1] ?? Number.NaN).toFixed(1),
          non2xx: `${conflicts} × 409${nonConflict > 0 ? `, ${nonConflict} other` : ''}`,
          errors: String(noAnswer),
        },
        target: {
          description: `${contendedSlots} × 201, ${clients - contendedSlots} × 409, 0 × 5xx per round`,
          measured: `${good}/${rounds.length} rounds exact, ${serverErrors} × 5xx`,
          met: good === rounds.length && serverErrors === 0,
        },
      },
    ],
    details: { rounds },
  };
}
