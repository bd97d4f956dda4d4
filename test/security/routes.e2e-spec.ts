import { randomUUID } from 'node:crypto';
import { buildOpenApiDocument } from '../../src/api-docs/openapi-document';
import { startTestApp, type TestApp } from '../support/test-app';
import { listAppRoutes, routeKey, toOpenApiPath, type AppRoute } from './route-inventory';
import { sendCall } from './send-call';

/** The only routes a caller without a token may use (the Swagger UI and JSON are served outside Nest). */
const PUBLIC_ROUTES = [
  'GET /health/live',
  'GET /health/ready',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/refresh',
  'POST /api/v1/auth/register',
  // FHIR's CapabilityStatement is read before a client has a token.
  'GET /api/v1/fhir/R4/metadata',
];

/** An error's code: `ErrorResponse.code`, or the one a FHIR OperationOutcome carries in its first issue's details. */
function errorCodeOf(body: unknown): string | undefined {
  const answer = body as { code?: string; issue?: { details?: { coding?: { code?: string }[] } }[] };
  return answer.code ?? answer.issue?.[0]?.details?.coding?.[0]?.code;
}

const OPENAPI_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Fills every `:param` with a fresh UUID: the guard answers before any lookup. */
function anyParams(path: string): Record<string, string> {
  return Object.fromEntries([...path.matchAll(/:([A-Za-z0-9_]+)/g)].map(([, name]) => [name, randomUUID()]));
}

describe('Routes of the running app (e2e)', () => {
  let t: TestApp;
  let routes: AppRoute[];

  beforeAll(async () => {
    t = await startTestApp();
    routes = listAppRoutes(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists the routes Fastify really serves', () => {
    const fastify = t.app.getHttpAdapter().getInstance();
    expect(routes.length).toBeGreaterThan(40);
    expect(
      routes.filter((route) => !fastify.hasRoute({ method: route.method, url: route.path })).map(routeKey),
    ).toEqual([]);
  });

  it('has exactly register, login, refresh, the health probes and the FHIR metadata as public routes', () => {
    expect(routes.filter((route) => route.isPublic).map(routeKey)).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('marks every other route with @Auth(), which also documents its bearer security', () => {
    expect(routes.filter((route) => !route.isPublic && !route.declaresBearerAuth).map(routeKey)).toEqual([]);
  });

  it('answers 401 UNAUTHORIZED to a caller without a token on every route that is not public', async () => {
    const unguarded: string[] = [];
    for (const route of routes.filter((r) => !r.isPublic)) {
      const res = await sendCall(t.url, route, { params: anyParams(route.path), body: {} }, {});
      if (res.status !== 401 || errorCodeOf(res.body) !== 'UNAUTHORIZED') {
        unguarded.push(`${routeKey(route)} → ${res.status}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  it('answers 401 to a forged or expired-looking token as well', async () => {
    const forged = { Authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' };
    const res = await sendCall(t.url, { method: 'GET', path: '/api/v1/auth/me' }, {}, forged);
    expect(res.status).toBe(401);
  });

  it('has no route that deletes a patient or a medical record (health data is never hard-deleted)', () => {
    const deletes = routes.filter((route) => route.method === 'DELETE').map(routeKey);
    expect(deletes.filter((key) => key.startsWith('DELETE /api/v1/patients'))).toEqual([]);
    // Appointments and accounts have a DELETE, and both keep the row (see mass-assignment.e2e-spec.ts).
    expect(deletes).toEqual(expect.arrayContaining(['DELETE /api/v1/appointments/:id', 'DELETE /api/v1/users/:id']));
  });

  it('documents in OpenAPI exactly the routes the app serves', () => {
    const document = buildOpenApiDocument(t.app);
    const paths: Record<string, Partial<Record<(typeof OPENAPI_METHODS)[number], object>>> = document.paths;
    const documented = Object.entries(paths).flatMap(([path, item]) =>
      OPENAPI_METHODS.filter((method) => item[method] !== undefined).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const served = routes.map((route) => `${route.method} ${toOpenApiPath(route.path)}`);
    expect(documented.sort()).toEqual(served.sort());
  });
});
