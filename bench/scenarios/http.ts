import { Pool } from 'pg';
import { ratioRow, type BenchContext, type ScenarioOutcome } from '../lib/context';
import { runHttpLoad, summaryLine, type Measurement } from '../lib/measure';
import { alternate } from '../lib/phase';
import { startCeilingServer, waitUntilAnswering } from '../lib/processes';
import type { Session } from '../lib/sessions';

/** Of the hand-built route (`bench/ceiling-server.ts`): the same JWT, the same prepared SELECT through `pg`. */
const TARGET_RATIO = 0.7;

/** Each reader with the ids of their own appointments: the GETs of scenarios 1 and 5 cycle through them. */
export interface Readers {
  sessions: Session[];
  appointmentIds: string[][];
}

export async function loadReaders(ctx: BenchContext): Promise<Readers> {
  const pool = new Pool({ connectionString: ctx.databaseUrl, max: 1 });
  try {
    const ids = await Promise.all(
      ctx.laneSessions.map(async (session) => {
        const { rows } = await pool.query<{ id: string }>(
          'SELECT id FROM appointments WHERE patient_id = $1 AND deleted_at IS NULL ORDER BY starts_at LIMIT 50',
          [session.patientId],
        );
        return rows.map((row) => row.id);
      }),
    );
    const readable = ctx.laneSessions.map((session, i) => ({ session, ids: ids[i] })).filter((r) => r.ids.length > 0);
    if (readable.length === 0) {
      throw new Error('no seeded appointments for the readers of GET /appointments/:id');
    }
    return { sessions: readable.map((r) => r.session), appointmentIds: readable.map((r) => r.ids) };
  } finally {
    await pool.end();
  }
}

/** GET /api/v1/appointments/:id: connection c reads as reader c, cycling through that patient's appointments. */
export function appointmentReads(
  ctx: BenchContext,
  readers: Readers,
  label: string,
  connections: number,
  rate?: number,
  url: string = ctx.app.url,
) {
  const turn = new Map<number, number>();
  return (seconds: number): Promise<Measurement> =>
    runHttpLoad({
      label,
      url,
      connections,
      seconds,
      rate,
      nextRequest: (connection) => {
        const reader = connection % readers.sessions.length;
        const ids = readers.appointmentIds[reader];
        const n = turn.get(connection) ?? 0;
        turn.set(connection, n + 1);
        return {
          method: 'GET',
          path: `/api/v1/appointments/${ids[n % ids.length]}`,
          headers: readers.sessions[reader].headers,
        };
      },
    });
}

/**
 * 1. An authenticated GET of one appointment against the same read built by hand (bare Fastify, the same JWT checks,
 * the same prepared SELECT through `pg`), with the bare-Fastify fixed JSON and the app's `/health/live` for scale,
 * alternated.
 */
export async function httpScenario(ctx: BenchContext, readers: Readers): Promise<ScenarioOutcome> {
  const { connections } = ctx.options;
  const server = await startCeilingServer(ctx.databaseUrl, ctx.jwtSecret);
  let ceiling: Measurement;
  let handBuilt: Measurement;
  let floor: Measurement;
  let scenario: Measurement;
  try {
    await waitUntilAnswering(server, '/', 30_000);
    const reads = appointmentReads(ctx, readers, 'GET /appointments/:id', connections);
    const byHand = appointmentReads(ctx, readers, 'Hand-built GET', connections, undefined, server.url);
    [[ceiling], [handBuilt], [floor], [scenario]] = await alternate(ctx, [
      {
        label: 'HTTP ceiling',
        server,
        run: async (seconds) => [
          await runHttpLoad({ label: 'HTTP ceiling', url: server.url, connections, seconds, path: '/' }),
        ],
      },
      {
        label: 'Hand-built GET /appointments/:id',
        server,
        run: async (seconds) => [await byHand(seconds)],
      },
      {
        // The app's own cheapest route (no token, no database): what the framework's request pipeline costs here,
        // so the table shows how much of the gap to the ceiling is the framework and how much is the work.
        label: 'GET /health/live',
        server: ctx.app,
        run: async (seconds) => [
          await runHttpLoad({
            label: 'GET /health/live',
            url: ctx.app.url,
            connections,
            seconds,
            path: '/health/live',
          }),
        ],
      },
      { label: 'GET /appointments/:id', app: ctx.app, run: async (seconds) => [await reads(seconds)] },
    ]);
  } finally {
    await server.stop(5000);
  }
  ctx.log(`  ${summaryLine(ceiling)}`);
  ctx.log(`  ${summaryLine(handBuilt)}`);
  ctx.log(`  ${summaryLine(floor)}`);
  ctx.log(`  ${summaryLine(scenario)}`);
  const ratio = scenario.rps / handBuilt.rps;
  const handBuiltClean = handBuilt.non2xx === 0 && handBuilt.errors === 0;
  return {
    rows: [
      {
        scenario: '1. Ceiling: the same read by hand (bare Fastify, same JWT checks, same prepared SELECT via pg)',
        measurement: handBuilt,
      },
      { scenario: '1. (for scale) bare Fastify, fixed JSON', measurement: ceiling },
      {
        scenario: '1. (for scale) GET /health/live: the app, no token, no database',
        measurement: floor,
        ratio: floor.rps / ceiling.rps,
      },
      ratioRow('1. (for scale) GET /appointments/:id against bare Fastify', scenario.rps / ceiling.rps),
      {
        scenario: '1. GET /api/v1/appointments/:id (patient JWT)',
        measurement: scenario,
        ratio,
        target: {
          description: `ratio ≥ ${TARGET_RATIO}`,
          measured: ratio.toFixed(2),
          met: ratio >= TARGET_RATIO && scenario.non2xx === 0 && scenario.errors === 0 && handBuiltClean,
        },
      },
    ],
  };
}
