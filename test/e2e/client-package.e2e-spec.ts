import {
  connectNotifications,
  createClinicClient,
  isApiError,
  newIdempotencyKey,
  unwrap,
  type ClinicClient,
  type NotificationsSocket,
  type ServerToClientEvents,
} from '@clinic-booking/client';
import { startTestApp, type TestApp } from '../support/test-app';

// Everything here goes through the package's public entry, as an integrator's code would: no supertest, no raw
// fetch, no server internals (the app is only started).

type EventName = keyof ServerToClientEvents;
type PayloadOf<E extends EventName> = Parameters<ServerToClientEvents[E]>[0];

/** Records every event a socket receives, so a test can wait for one or count them afterwards. */
function recorder(socket: NotificationsSocket) {
  const received: { event: string; payload: unknown }[] = [];
  const waiters: (() => void)[] = [];
  socket.onAny((event: string, payload: unknown) => {
    received.push({ event, payload });
    waiters.splice(0).forEach((wake) => wake());
  });
  const matching = <E extends EventName>(event: E, match: (payload: PayloadOf<E>) => boolean): PayloadOf<E>[] =>
    received
      .filter((entry) => entry.event === event)
      .map((entry) => entry.payload as PayloadOf<E>)
      .filter(match);
  return {
    matching,
    async waitFor<E extends EventName>(event: E, match: (payload: PayloadOf<E>) => boolean): Promise<PayloadOf<E>> {
      for (;;) {
        const [found] = matching(event, match);
        if (found) {
          return found;
        }
        await new Promise<void>((wake) => waiters.push(wake));
      }
    },
  };
}

function connected(socket: NotificationsSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

/** 10:00 UTC on the first Monday–Friday at least two days ahead: inside a new doctor's default working hours. */
function weekdayAt10(): Date {
  const day = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) {
    day.setUTCDate(day.getUTCDate() + 1);
  }
  day.setUTCHours(10, 0, 0, 0);
  return day;
}

describe('@clinic-booking/client against the running service (e2e)', () => {
  let t: TestApp;
  let anonymous: ClinicClient;
  const sockets: NotificationsSocket[] = [];
  const run = `${process.pid}-${Date.now().toString(36)}`;

  beforeAll(async () => {
    t = await startTestApp();
    anonymous = createClinicClient({ baseUrl: t.url });
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await t.close();
  });

  async function open(token: string | (() => string)): Promise<ReturnType<typeof recorder>> {
    const socket = connectNotifications(t.url, token, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    const events = recorder(socket);
    await connected(socket);
    return events;
  }

  function registerPatient(handle: string, fullName: string) {
    return unwrap(
      anonymous.POST('/api/v1/auth/register', {
        body: { email: `${handle}-${run}@example.test`, password: 'patient-password', fullName, role: 'patient' },
      }),
    );
  }

  it('answers a call without a token with a typed 401 UNAUTHORIZED', async () => {
    const error: unknown = await unwrap(anonymous.GET('/api/v1/auth/me')).catch((caught: unknown) => caught);
    expect(isApiError(error, 'UNAUTHORIZED')).toBe(true);
    if (isApiError(error)) {
      expect(error).toMatchObject({ statusCode: 401, code: 'UNAUTHORIZED', requestId: expect.any(String) });
    }
  });

  it('books with an Idempotency-Key, answers a conflict with a typed 409 and delivers the events to both parties', async () => {
    const doctorSession = await unwrap(
      anonymous.POST('/api/v1/auth/register', {
        body: {
          email: `doctor-${run}@example.test`,
          password: 'doctor-password',
          fullName: 'Dr Client',
          role: 'doctor',
          doctor: { specialization: 'Cardiology', licenseNumber: `LIC-${run}`, timezone: 'UTC' },
        },
      }),
    );
    const patientSession = await registerPatient('ada', 'Ada Client');
    const rivalSession = await registerPatient('bob', 'Bob Client');
    const doctorId = doctorSession.user.doctorId!;

    // One client with a fixed token, one reading its token on every request (as an app that refreshes would).
    const doctor = createClinicClient({ baseUrl: t.url, token: doctorSession.accessToken });
    let patientToken: string | undefined = patientSession.accessToken;
    const patient = createClinicClient({ baseUrl: `${t.url}/`, getToken: () => patientToken });
    const rival = createClinicClient({ baseUrl: t.url, token: rivalSession.accessToken });

    const doctorEvents = await open(doctorSession.accessToken);
    const patientEvents = await open(() => patientToken ?? '');

    const startsAt = weekdayAt10();
    const body = { doctorId, startsAt: startsAt.toISOString(), reason: 'Check-up' };
    const key = newIdempotencyKey();
    const bookOnce = () =>
      unwrap(patient.POST('/api/v1/appointments', { params: { header: { 'Idempotency-Key': key } }, body }));

    const booked = await bookOnce();
    expect(booked).toMatchObject({
      doctorId,
      patientId: patientSession.user.patientId,
      startsAt: startsAt.toISOString(),
      durationMinutes: 30,
      status: 'pending',
      reason: 'Check-up',
    });
    const replay = await bookOnce();
    expect(replay).toEqual(booked);

    // Another patient, a start inside the booked half hour.
    const overlapping = new Date(startsAt.getTime() + 15 * 60_000).toISOString();
    const conflict: unknown = await unwrap(
      rival.POST('/api/v1/appointments', {
        params: { header: { 'Idempotency-Key': newIdempotencyKey() } },
        body: { doctorId, startsAt: overlapping },
      }),
    ).catch((caught: unknown) => caught);
    if (!isApiError(conflict, 'APPOINTMENT_CONFLICT')) {
      throw new Error(`expected a typed 409 APPOINTMENT_CONFLICT, got ${String(conflict)}`);
    }
    const code: 'APPOINTMENT_CONFLICT' = conflict.code;
    expect(code).toBe('APPOINTMENT_CONFLICT');
    expect(conflict.statusCode).toBe(409);
    expect(conflict.requestId).toEqual(expect.any(String));
    expect(conflict.response?.status).toBe(409);
    // Without unwrap, openapi-fetch's own result carries the same typed body.
    const { data, error } = await rival.POST('/api/v1/appointments', { body: { doctorId, startsAt: overlapping } });
    expect(data).toBeUndefined();
    expect(error?.code).toBe('APPOINTMENT_CONFLICT');

    const confirmed = await unwrap(
      doctor.PATCH('/api/v1/appointments/{id}/status', {
        params: { path: { id: booked.id } },
        body: { status: 'confirmed' },
      }),
    );
    expect(confirmed).toMatchObject({ id: booked.id, status: 'confirmed' });

    for (const events of [doctorEvents, patientEvents]) {
      const created = await events.waitFor('appointment.created', (e) => e.appointment.id === booked.id);
      expect(created.appointment).toEqual(booked);
      const changed = await events.waitFor('appointment.status_changed', (e) => e.appointment.id === booked.id);
      expect(changed).toMatchObject({
        previousStatus: 'pending',
        status: 'confirmed',
        changedBy: { id: doctorSession.user.id, role: 'doctor' },
        appointment: { id: booked.id, status: 'confirmed' },
      });
      // The replay booked nothing and announced nothing; the refused booking neither.
      expect(events.matching('appointment.created', () => true)).toHaveLength(1);
    }

    // The getToken client follows its token: without one the same call is a typed 401.
    patientToken = undefined;
    const signedOut: unknown = await unwrap(
      patient.GET('/api/v1/appointments/{id}', { params: { path: { id: booked.id } } }),
    ).catch((caught: unknown) => caught);
    expect(isApiError(signedOut, 'UNAUTHORIZED')).toBe(true);
  });
});
