import * as bcrypt from 'bcrypt';
import type { BenchContext, ScenarioOutcome } from '../lib/context';
import { runHttpLoad, runLoop, summaryLine } from '../lib/measure';
import { alternate } from '../lib/phase';
import { PASSWORD, patientEmail } from '../lib/population';
import { appointmentReads, type Readers } from './http';

const TARGET_RATIO = 0.8;
const TARGET_PROBE_P99_MS = 100;
/**
 * The authenticated GET that runs alongside the logins: a light, steady reader (2 connections, 50 requests/s in all),
 * like the screens of a clinic that keep reading while people log in. As fast as it could go, it would not measure
 * whether the event loop still answers, but how much CPU it could take away from the logins.
 */
const PROBE_CONNECTIONS = 2;
const PROBE_RATE = 50;
/**
 * Concurrent logins (and compares in the ceiling). Eight keep every hashing thread busy (libuv's four in the ceiling,
 * the app's one low-priority thread per core); 32 would only queue:
 * at cost 10 on two shared cores each login would wait seconds, and a short phase would end before most answer.
 */
export const LOGIN_CONNECTIONS = 8;

/**
 * 5. The ceiling is raw `bcrypt.compare` of the login users' hash (configured cost) in this process, at the same
 * concurrency (8), on the same cores (libuv's pool of 4 threads). Then POST /auth/login over 64 accounts with the right
 * password (successful logins do not count against the per-account limiter) while a GET of one appointment runs beside
 * it: the app hashes on worker threads at nice 19 (`PasswordHashingPool`), so the event loop must keep answering.
 */
export async function loginScenario(ctx: BenchContext, readers: Readers): Promise<ScenarioOutcome> {
  const { bcryptRounds } = ctx.options;
  const connections = Math.min(LOGIN_CONNECTIONS, ctx.options.connections);
  const hash = ctx.hashes.configured;
  const compares = (seconds: number) =>
    runLoop(`bcrypt.compare (cost ${bcryptRounds})`, connections, seconds, async () => {
      if (!(await bcrypt.compare(PASSWORD, hash))) {
        throw new Error('bcrypt.compare refused the right password');
      }
    });
  const users = ctx.population.loginUsers;
  let next = 0;
  const logins = (seconds: number) =>
    runHttpLoad({
      label: 'POST /auth/login',
      url: ctx.app.url,
      connections,
      seconds,
      method: 'POST',
      nextRequest: () => ({
        method: 'POST',
        path: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: patientEmail(users.from + (next++ % users.count)), password: PASSWORD }),
      }),
    });
  const probe = appointmentReads(
    ctx,
    readers,
    `GET /appointments/:id during logins (${PROBE_RATE}/s)`,
    PROBE_CONNECTIONS,
    PROBE_RATE,
  );
  const [[ceiling], [login, reads]] = await alternate(ctx, [
    { label: 'bcrypt ceiling', run: async (seconds) => [await compares(seconds)] },
    { label: 'POST /auth/login', app: ctx.app, run: (seconds) => Promise.all([logins(seconds), probe(seconds)]) },
  ]);
  ctx.log(`  ${summaryLine(ceiling)}`);
  ctx.log(`  ${summaryLine(login)}`);
  ctx.log(`  ${summaryLine(reads)}`);
  const ratio = login.rps / ceiling.rps;
  return {
    rows: [
      { scenario: `5. Ceiling: bcrypt.compare, cost ${bcryptRounds}`, measurement: ceiling },
      {
        scenario: `5. POST /api/v1/auth/login (cost ${bcryptRounds})`,
        measurement: login,
        ratio,
        target: {
          description: `ratio ≥ ${TARGET_RATIO}`,
          measured: ratio.toFixed(2),
          met: ratio >= TARGET_RATIO && login.non2xx === 0 && login.errors === 0,
        },
      },
      {
        scenario: `5. GET /api/v1/appointments/:id, ${PROBE_RATE}/s, while logins saturate the CPU`,
        measurement: reads,
        target: {
          description: `p99 < ${TARGET_PROBE_P99_MS} ms`,
          measured: `${reads.p99.toFixed(1)} ms`,
          met: reads.p99 < TARGET_PROBE_P99_MS && reads.non2xx === 0 && reads.errors === 0,
        },
      },
    ],
  };
}
