import type { Appointment, ErrorCode, ErrorResponse, TokenResponse } from '@app/contracts';
import type { paths } from './generated/openapi';
import {
  ClinicApiError,
  UnexpectedResponseError,
  createClinicClient,
  isApiError,
  newIdempotencyKey,
  unwrap,
} from './index';

// REST answers are typed from the OpenAPI document, socket payloads and errors from libs/contracts: these fail
// `npm run typecheck` when the two drift apart (after `npm run client:types`).
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Json<Status extends number, Answers extends Record<number, unknown>> = Answers[Status] extends {
  content: { 'application/json': infer Body };
}
  ? Body
  : never;
type Booking = paths['/api/v1/appointments']['post']['responses'];
type Login = paths['/api/v1/auth/login']['post']['responses'];
const contractsAgree: [
  Agree<Json<201, Booking>, Appointment>,
  Agree<Json<409, Booking>, ErrorResponse>,
  Agree<Json<409, Booking>['code'], ErrorCode>,
  Agree<Json<200, Login>, TokenResponse>,
] = [true, true, true, true];

const conflict: ErrorResponse = {
  statusCode: 409,
  error: 'Conflict',
  code: 'APPOINTMENT_CONFLICT',
  message: 'The doctor or the patient already has an appointment at that time',
  path: '/api/v1/appointments',
  timestamp: '2030-01-07T10:00:00.000Z',
  requestId: 'req-1',
};

/** A client whose fetch answers `answer` and remembers the requests it saw. */
function clientAnswering(answer: () => Response, options: { token?: string; getToken?: () => Promise<string> } = {}) {
  const seen: Request[] = [];
  const fetch = async (request: Request) => {
    seen.push(request);
    return answer();
  };
  const client = options.getToken
    ? createClinicClient({ baseUrl: 'https://clinic.test/', getToken: options.getToken, fetch })
    : createClinicClient({ baseUrl: 'https://clinic.test/', token: options.token, fetch });
  return { client, seen };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('@clinic-booking/client', () => {
  it('keeps its REST types in step with libs/contracts', () => {
    expect(contractsAgree).toEqual([true, true, true, true]);
  });

  it('sends the bearer token to the origin it was given, and a per-call Authorization wins', async () => {
    const { client, seen } = clientAnswering(() => json(200, { data: [] }), { token: 'abc' });
    await client.GET('/api/v1/notifications');
    await client.GET('/api/v1/notifications', { headers: { Authorization: 'Bearer other' } });
    expect(seen.map((request) => [request.url, request.headers.get('Authorization')])).toEqual([
      ['https://clinic.test/api/v1/notifications', 'Bearer abc'],
      ['https://clinic.test/api/v1/notifications', 'Bearer other'],
    ]);
  });

  it('reads getToken before every request and sends no header without a token', async () => {
    let token = '';
    const { client, seen } = clientAnswering(() => json(200, {}), { getToken: async () => token });
    await client.GET('/api/v1/auth/me');
    token = 'fresh';
    await client.GET('/api/v1/auth/me');
    expect(seen.map((request) => request.headers.get('Authorization'))).toEqual([null, 'Bearer fresh']);
  });

  it('passes an Idempotency-Key as the booking header', async () => {
    const { client, seen } = clientAnswering(() => json(201, {}), { token: 'abc' });
    const key = newIdempotencyKey();
    await client.POST('/api/v1/appointments', {
      params: { header: { 'Idempotency-Key': key } },
      body: { doctorId: '00000000-0000-4000-8000-000000000000', startsAt: '2030-01-07T10:00:00Z' },
    });
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(seen[0].headers.get('Idempotency-Key')).toBe(key);
  });

  describe('unwrap', () => {
    it('resolves with the body of a success and with undefined for 204', async () => {
      const ok = clientAnswering(() => json(200, { id: 'n1' }));
      await expect(
        unwrap(ok.client.PATCH('/api/v1/notifications/{id}/read', { params: { path: { id: 'n1' } } })),
      ).resolves.toEqual({ id: 'n1' });
      const empty = clientAnswering(() => new Response(null, { status: 204 }));
      await expect(unwrap(empty.client.POST('/api/v1/auth/logout', { body: { refreshToken: 'r' } }))).resolves.toBe(
        undefined,
      );
    });

    it("throws a ClinicApiError carrying the contract's error body", async () => {
      const { client } = clientAnswering(() => json(409, conflict));
      const error: unknown = await unwrap(
        client.POST('/api/v1/appointments', { body: { doctorId: 'd', startsAt: 's' } }),
      ).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ClinicApiError);
      expect(error).toMatchObject({ statusCode: 409, code: 'APPOINTMENT_CONFLICT', requestId: 'req-1', details: [] });
      expect(isApiError(error)).toBe(true);
      expect(isApiError(error, 'APPOINTMENT_CONFLICT', 'IDEMPOTENCY_KEY_IN_USE')).toBe(true);
      expect(isApiError(error, 'START_IN_PAST')).toBe(false);
    });

    it('throws an UnexpectedResponseError for a body outside the contract', async () => {
      for (const answer of [
        () => new Response('<html>Bad gateway</html>', { status: 502 }),
        () => json(422, { ...conflict, statusCode: 422, code: 'A_CODE_FROM_THE_FUTURE' }),
      ]) {
        const { client } = clientAnswering(answer);
        const error: unknown = await unwrap(client.GET('/api/v1/auth/me')).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(UnexpectedResponseError);
        expect(isApiError(error)).toBe(false);
      }
    });
  });

  it('recognises a ClinicApiError made by another copy of the package (its CommonJS and ESM builds side by side)', () => {
    const foreign = Object.defineProperty(new Error('conflict'), Symbol.for('@clinic-booking/client.ClinicApiError'), {
      value: true,
    });
    Object.assign(foreign, { code: 'APPOINTMENT_CONFLICT' });
    expect(isApiError(foreign, 'APPOINTMENT_CONFLICT')).toBe(true);
    expect(isApiError(new Error('plain'))).toBe(false);
    expect(isApiError({ code: 'APPOINTMENT_CONFLICT' }, 'APPOINTMENT_CONFLICT')).toBe(false);
  });
});
