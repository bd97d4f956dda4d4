import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';

/** What one measured phase produced. Latencies in milliseconds, over every answer (2xx or not). */
export interface Measurement {
  label: string;
  concurrency: number;
  seconds: number;
  /** Answers of any status. */
  completed: number;
  /** 2xx answers per second: the throughput that counts. */
  rps: number;
  p50: number;
  p99: number;
  max: number;
  /** Answers by HTTP status ("ok" / "failed" for the non-HTTP ceilings). */
  statuses: Record<string, number>;
  non2xx: number;
  /** Connection errors, timeouts and thrown operations: no answer at all. */
  errors: number;
}

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) {
    return Number.NaN;
  }
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index];
}

/** Numeric ascending order (a typed array sorts numbers as numbers, not as strings). */
export function sortedCopy(values: readonly number[]): number[] {
  return Array.from(Float64Array.from(values).sort());
}

/** The raw latencies behind each measurement, kept out of the results file, for merging rounds. */
const samples = new WeakMap<Measurement, number[]>();

function summarize(
  label: string,
  concurrency: number,
  seconds: number,
  latencies: number[],
  statuses: Record<string, number>,
  errors: number,
): Measurement {
  const sorted = sortedCopy(latencies);
  const ok = Object.entries(statuses)
    .filter(([status]) => status === 'ok' || /^2\d\d$/.test(status))
    .reduce((sum, [, count]) => sum + count, 0);
  const completed = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  const measurement: Measurement = {
    label,
    concurrency,
    seconds,
    completed,
    rps: ok / seconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.length > 0 ? sorted[sorted.length - 1] : Number.NaN,
    statuses,
    non2xx: completed - ok,
    errors,
  };
  samples.set(measurement, latencies);
  return measurement;
}

/** Several rounds of one phase as one measurement: answers and seconds add up, percentiles over every answer. */
export function mergeRounds(rounds: readonly Measurement[]): Measurement {
  const statuses: Record<string, number> = {};
  for (const round of rounds) {
    for (const [status, count] of Object.entries(round.statuses)) {
      statuses[status] = (statuses[status] ?? 0) + count;
    }
  }
  return summarize(
    rounds[0].label,
    rounds[0].concurrency,
    rounds.reduce((sum, round) => sum + round.seconds, 0),
    rounds.flatMap((round) => samples.get(round) ?? []),
    statuses,
    rounds.reduce((sum, round) => sum + round.errors, 0),
  );
}

export interface HttpLoad {
  label: string;
  url: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST';
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Per connection: the request it sends next (called before every request). */
  nextRequest?: (connection: number) => autocannon.Request;
  /** Requests per second over all connections (a steady client); by default each connection sends as fast as it can. */
  rate?: number;
}

/**
 * One autocannon run. Latencies come from every answer (autocannon's own histogram keeps 2xx only), statuses are
 * counted one by one, so a non-2xx answer is shown, never dropped.
 */
export async function runHttpLoad(load: HttpLoad): Promise<Measurement> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let connectionCount = 0;
  const instance = autocannon({
    url: load.url,
    connections: load.connections,
    duration: load.seconds,
    timeout: 30,
    ...(load.rate !== undefined ? { overallRate: load.rate } : {}),
    method: load.method ?? 'GET',
    headers: load.headers,
    body: load.body,
    setupClient: (client) => {
      const connection = connectionCount;
      connectionCount += 1;
      const request: autocannon.Request = {
        method: load.method ?? 'GET',
        path: load.path,
        headers: load.headers,
        body: load.body,
      };
      if (load.nextRequest) {
        const next = load.nextRequest;
        request.setupRequest = (base) => ({ ...base, ...next(connection) });
      }
      client.setRequests([request]);
    },
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  return summarize(load.label, load.connections, result.duration, latencies, statuses, result.errors);
}

/**
 * A closed loop of `concurrency` workers, each running `operation` back to back for `seconds`: the ceilings that
 * are not HTTP (a pg INSERT, a bcrypt compare), measured like the HTTP phases.
 */
export async function runLoop(
  label: string,
  concurrency: number,
  seconds: number,
  operation: (worker: number) => Promise<void>,
): Promise<Measurement> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let firstError: unknown = null;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < deadline) {
        const begin = performance.now();
        try {
          await operation(worker);
          latencies.push(performance.now() - begin);
          statuses.ok = (statuses.ok ?? 0) + 1;
        } catch (error) {
          errors += 1;
          firstError ??= error;
        }
      }
    }),
  );
  if (firstError !== null) {
    console.error(
      `  ${label}: ${errors} failed operations, first: ${firstError instanceof Error ? firstError.message : JSON.stringify(firstError)}`,
    );
  }
  return summarize(label, concurrency, (performance.now() - started) / 1000, latencies, statuses, errors);
}

/** One line for the progress log. */
export function summaryLine(m: Measurement): string {
  const extra = m.non2xx + m.errors > 0 ? ` (answers ${JSON.stringify(m.statuses)}, errors ${m.errors})` : '';
  return `${m.label}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms${extra}`;
}
