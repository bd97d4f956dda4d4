import { startTestApp, type TestApp } from '../support/test-app';
import { AUTHORIZATION_MATRIX } from './authorization-matrix';
import { findSecrets, findSecretValues, type Finding } from './response-scan';
import { listAppRoutes, routeKey, type AppRoute } from './route-inventory';
import { sendCall } from './send-call';
import { CALLERS, MAY_SEE_PATIENT_A, MAY_SEE_PATIENT_B, SecurityWorld, type Caller } from './security-world';

interface Answer {
  route: string;
  caller: Caller;
  status: number;
  body: unknown;
}

/** Routes whose 2xx answer is a `TokenResponse` or a new API key: the only bodies that may carry tokens or keys. */
const TOKEN_ROUTES = [
  'POST /api/v1/auth/register',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/refresh',
  'POST /api/v1/api-keys',
];

function report(answers: Answer[], scan: (answer: Answer) => Finding[]): string[] {
  return answers.flatMap((answer) =>
    scan(answer).map(
      (finding) => `${answer.caller} ← ${answer.route} (${answer.status}) ${finding.at}: ${finding.problem}`,
    ),
  );
}

describe('Authorization matrix (e2e)', () => {
  let t: TestApp;
  let world: SecurityWorld;
  let routes: AppRoute[];
  const answers: Answer[] = [];

  beforeAll(async () => {
    // The matrix books patient A several times; the per-patient limit is not what it tests.
    t = await startTestApp({ MAX_ACTIVE_BOOKINGS_PER_PATIENT: '1000' });
    world = await SecurityWorld.build(t);
    routes = listAppRoutes(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('has exactly one row for each route of the running app, and no row for a route that does not exist', () => {
    const rows = AUTHORIZATION_MATRIX.map(routeKey);
    const live = routes.map(routeKey);
    expect(rows.filter((key, index) => rows.indexOf(key) !== index)).toEqual([]);
    expect({ missingFromMatrix: live.filter((key) => !rows.includes(key)) }).toEqual({ missingFromMatrix: [] });
    expect({ notARoute: rows.filter((key) => !live.includes(key)) }).toEqual({ notARoute: [] });
  });

  it("gives each row the scope its route opens to API keys (@Auth({ scope })), and none to a route keys can't call", () => {
    const declared = routes.map((route) => ({ route: routeKey(route), scope: route.scope }));
    const rows = routes.map((route) => ({
      route: routeKey(route),
      scope: AUTHORIZATION_MATRIX.find((entry) => routeKey(entry) === routeKey(route))?.scope,
    }));
    expect(rows).toEqual(declared);
  });

  it.each(AUTHORIZATION_MATRIX)('$method $path answers every caller as the matrix says', async (entry) => {
    const got: Record<string, number | string> = {};
    for (const caller of CALLERS) {
      const call = entry.call ? await entry.call(world, caller) : {};
      const res = await sendCall(t.url, entry, call, world.authOf(caller, entry.scope));
      answers.push({ route: routeKey(entry), caller, status: res.status, body: res.body });
      // A wrong status shows its error code too, so a failure says why.
      got[caller] =
        res.status === entry.expect[caller]
          ? res.status
          : `${res.status} ${(res.body as { code?: string }).code ?? ''}`;
    }
    expect(got).toEqual(entry.expect);
  });

  it('called every route as every caller', () => {
    expect(answers).toHaveLength(AUTHORIZATION_MATRIX.length * CALLERS.length);
  });

  it("never shows a patient's data to a caller who may not see that patient", () => {
    const leaks = [
      ...report(
        answers.filter((a) => !MAY_SEE_PATIENT_A.includes(a.caller)),
        (a) => findSecretValues(a.body, world.secretsOfA),
      ),
      ...report(
        answers.filter((a) => !MAY_SEE_PATIENT_B.includes(a.caller)),
        (a) => findSecretValues(a.body, world.secretsOfB),
      ),
    ];
    expect(leaks).toEqual([]);
  });

  it('still holds every appointment, account and medical record it changed or deleted over HTTP', async () => {
    const missing: string[] = [];
    for (const [table, ids] of [
      ['appointments', world.touched.appointments],
      ['users', world.touched.users],
      ['medical_records', world.touched.records],
    ] as const) {
      const list = [...ids];
      const placeholders = list.map((_id, index) => `$${index + 1}`).join(', ');
      const rows: { id: string }[] = await t.dataSource.query(
        `SELECT id FROM ${table} WHERE id IN (${placeholders})`,
        list,
      );
      const kept = new Set(rows.map((row) => row.id));
      missing.push(...list.filter((id) => !kept.has(id)).map((id) => `${table} ${id}`));
    }
    expect(world.touched.appointments.size).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('never answers with a password, a hash, or a token outside the TokenResponse of register, login and refresh', () => {
    const findings = report(answers, (a) =>
      findSecrets(a.body, TOKEN_ROUTES.includes(a.route) && a.status >= 200 && a.status < 300),
    );
    expect(findings).toEqual([]);
    // The scan did see bodies: the token routes answered with tokens.
    expect(answers.some((a) => TOKEN_ROUTES.includes(a.route) && typeof a.body === 'object')).toBe(true);
  });
});
