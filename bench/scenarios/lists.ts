import { plusDays } from '../lib/calendar';
import type { BenchContext, Row, ScenarioOutcome } from '../lib/context';
import { explainListQueries, type ListPlans } from '../lib/explain';
import { runHttpLoad, summaryLine, type Measurement } from '../lib/measure';
import { alternate } from '../lib/phase';
import { BENCH_ADMIN, idOf } from '../lib/population';
import type { Child } from '../lib/processes';
import { login, type Session } from '../lib/sessions';

const MAX_P99_GROWTH = 1.5;
/** Issue 14: `GET /slots` across the doctors of a specialization answers with p99 under this at 32 clients. */
const EARLIEST_SLOTS_MAX_P99_MS = 100;
/** Doctors whose week is read: the same ones, with the same appointments, at both sizes. */
export const LIST_DOCTORS = 16;

/** One size of the data set, served by its own app on its own database. */
export interface DataSize {
  label: string;
  app: Child;
  databaseUrl: string;
  appointments: number;
}

interface ListsAtSize {
  size: DataSize;
  list: Measurement;
  slots: Measurement;
  earliest: Measurement;
  search: Measurement;
  staffSearch: Measurement;
  plans: ListPlans | { error: string };
}

/**
 * 4. One doctor's week of appointments (doctor JWT), and 7 days of a doctor's free slots (patient JWT), at the seeded
 * size and at `growth` times it. Both sizes are up at once (two apps, two databases) and measured in alternating
 * rounds, so machine drift does not pass for growth; then EXPLAIN ANALYZE of the app's own statements on each.
 */
export async function listsScenario(
  ctx: BenchContext,
  sizes: [DataSize, DataSize],
  doctors: Session[],
): Promise<ScenarioOutcome> {
  const { connections } = ctx.options;
  const weekFrom = ctx.calendar.listWeekFrom;
  const weekTo = plusDays(weekFrom, 7);
  const slotsFrom = ctx.calendar.slotsFrom;
  const slotsTo = plusDays(slotsFrom, 7);
  const listPath = `/api/v1/appointments?from=${weekFrom.toISOString()}&to=${weekTo.toISOString()}&limit=100`;
  const slotsQuery = `from=${slotsFrom.toISOString()}&to=${slotsTo.toISOString()}&durationMinutes=30`;
  // One GET load per size: `pathOf` and `sessionOf` pick each connection's request (`i` is the size's index).
  const getLoad =
    (name: string, pathOf: (connection: number) => string, sessionOf: (i: number, connection: number) => Session) =>
    (size: DataSize, i: number) => ({
      label: `${name} at ${size.label}`,
      app: size.app,
      run: async (seconds: number) => [
        await runHttpLoad({
          label: `${name} at ${size.label}`,
          url: size.app.url,
          connections,
          seconds,
          nextRequest: (connection) => ({
            method: 'GET',
            path: pathOf(connection),
            headers: sessionOf(i, connection).headers,
          }),
        }),
      ],
    });
  const lane = (_: number, connection: number) => ctx.laneSessions[connection % ctx.laneSessions.length];
  const weekOf = getLoad(
    'GET /appointments week',
    () => listPath,
    (_, connection) => doctors[connection % doctors.length],
  );
  const slotsOf = getLoad(
    'GET /doctors/:id/slots',
    (connection) => `/api/v1/doctors/${idOf('doctor', connection % doctors.length)}/slots?${slotsQuery}`,
    lane,
  );
  // "Who can see me first?" across one specialization's doctors (the seed spreads 8 of them over all doctors): one
  // patient's search, the same request on every connection.
  const earliestPath = `/api/v1/slots?specialization=cardiology&from=${slotsFrom.toISOString()}&to=${slotsTo.toISOString()}&limit=10`;
  const earliestOf = getLoad('GET /slots', () => earliestPath, lane);
  // The same search by a name fragment and no specialization: "Doctor 12" matches 11 doctors at either size, so what
  // grows is only what the read walks to find them.
  const searchPath = `/api/v1/slots?search=Doctor%2012&from=${slotsFrom.toISOString()}&to=${slotsTo.toISOString()}&limit=10`;
  const searchOf = getLoad('GET /slots?search=', () => searchPath, lane);
  // Reception looking a patient up: the admin's search of the patients (names, emails and diagnoses). "Patient 1234"
  // matches 11 patients at either size (1234 and 12340..12349), so what grows is only what the search reads.
  const admins = await Promise.all(sizes.map((size) => login(size.app.url, BENCH_ADMIN.email, BENCH_ADMIN.password)));
  const staffSearchOf = getLoad(
    'GET /patients?search=',
    () => '/api/v1/patients?search=Patient%201234&limit=20',
    (i) => admins[i],
  );
  const lists = await alternate(ctx, sizes.map(weekOf));
  const slots = await alternate(ctx, sizes.map(slotsOf));
  const earliest = await alternate(ctx, sizes.map(earliestOf));
  const searched = await alternate(ctx, sizes.map(searchOf));
  const staffSearched = await alternate(ctx, sizes.map(staffSearchOf));
  const measured: ListsAtSize[] = [];
  for (const [i, size] of sizes.entries()) {
    ctx.log(`  ${summaryLine(lists[i][0])}`);
    ctx.log(`  ${summaryLine(slots[i][0])}`);
    ctx.log(`  ${summaryLine(earliest[i][0])}`);
    ctx.log(`  ${summaryLine(searched[i][0])}`);
    ctx.log(`  ${summaryLine(staffSearched[i][0])}`);
    let plans: ListsAtSize['plans'];
    try {
      plans = await explainListQueries(
        size.databaseUrl,
        idOf('doctor', 0),
        { from: weekFrom, to: weekTo },
        { from: slotsFrom, to: slotsTo },
      );
      const scans = [...plans.appointmentList, ...plans.freeSlots].flatMap((q) => q.scans);
      ctx.log(`  plans at ${size.label}: ${[...new Set(scans)].join('; ')}`);
    } catch (error) {
      plans = { error: error instanceof Error ? error.message : String(error) };
      ctx.log(`  EXPLAIN at ${size.label} failed: ${plans.error}`);
    }
    measured.push({
      size,
      list: lists[i][0],
      slots: slots[i][0],
      earliest: earliest[i][0],
      search: searched[i][0],
      staffSearch: staffSearched[i][0],
      plans,
    });
  }
  return outcome(measured[0], measured[1]);
}

function growthRows(
  scenario: string,
  pick: (size: ListsAtSize) => Measurement,
  small: ListsAtSize,
  large: ListsAtSize,
  maxP99Ms?: number,
): Row[] {
  const [before, after] = [pick(small), pick(large)];
  const growth = after.p99 / before.p99;
  const clean = before.non2xx + before.errors + after.non2xx + after.errors === 0;
  const underCeiling = maxP99Ms === undefined || Math.max(before.p99, after.p99) < maxP99Ms;
  const ceiling = maxP99Ms === undefined ? '' : `, p99 < ${maxP99Ms} ms`;
  return [
    { scenario: `${scenario} at ${small.size.label}`, measurement: before },
    {
      scenario: `${scenario} at ${large.size.label}`,
      measurement: after,
      ratio: growth,
      target: {
        description: `p99 growth < ${MAX_P99_GROWTH}×${ceiling}`,
        measured: `${growth.toFixed(2)}×${maxP99Ms === undefined ? '' : `, ${Math.max(before.p99, after.p99).toFixed(1)} ms`}`,
        met: growth < MAX_P99_GROWTH && clean && underCeiling,
      },
    },
  ];
}

/** A pair of rows without a target: the growth is shown for scale. */
function scaleRows(
  scenario: string,
  pick: (size: ListsAtSize) => Measurement,
  small: ListsAtSize,
  large: ListsAtSize,
): Row[] {
  return [
    { scenario: `${scenario} at ${small.size.label}`, measurement: pick(small) },
    {
      scenario: `${scenario} at ${large.size.label}`,
      measurement: pick(large),
      ratio: pick(large).p99 / pick(small).p99,
    },
  ];
}

function outcome(small: ListsAtSize, large: ListsAtSize): ScenarioOutcome {
  return {
    rows: [
      ...growthRows("4. GET /api/v1/appointments?from&to (a doctor's week)", (size) => size.list, small, large),
      ...growthRows('4. GET /api/v1/doctors/:id/slots (7 days)', (size) => size.slots, small, large),
      ...growthRows(
        '4. GET /api/v1/slots?specialization= (earliest per doctor, 7 days)',
        (size) => size.earliest,
        small,
        large,
        EARLIEST_SLOTS_MAX_P99_MS,
      ),
      ...scaleRows(
        '4. (for scale) GET /api/v1/slots?search= (a name fragment, no specialization)',
        (size) => size.search,
        small,
        large,
      ),
      // For scale: every patient's name holds the word "Patient", so each of its trigrams matches them all and the
      // index's read grows with the patients (see the README's "Patient search").
      ...scaleRows(
        '4. (for scale) GET /api/v1/patients?search= (staff: a name fragment over names, emails and diagnoses)',
        (size) => size.staffSearch,
        small,
        large,
      ),
    ],
    details: {
      sizes: [small, large].map(({ size, plans }) => ({
        label: size.label,
        appointments: size.appointments,
        plans,
      })),
    },
  };
}
