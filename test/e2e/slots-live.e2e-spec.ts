import { MAX_WATCHED_DOCTORS_PER_SOCKET, type SlotsChangedEvent } from '@app/contracts';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import request from 'supertest';
import { DomainEventPublisher } from '../../src/outbox/domain-event-publisher';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { presenceSettled, SocketPool } from '../support/realtime';
import { startTestApp, type TestApp } from '../support/test-app';

/** Next Monday at least a week ahead, at `hour` UTC: inside a new doctor's default working hours. */
function mondayAt(hour: number): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 7 + ((8 - day.getUTCDay()) % 7));
  day.setUTCHours(hour, 0, 0, 0);
  return day.toISOString();
}

/** Records and publishes a `slots.changed` domain event as the scheduling services do (outbox, then after commit). */
async function raiseSlotsChanged(t: TestApp, payload: SlotsChangedEvent): Promise<void> {
  const events = t.app.get(DomainEventPublisher);
  events.publish(await t.dataSource.transaction((em) => events.record(em, { name: 'slots.changed', payload })));
}

function rangeAt(hour: number): { from: string; to: string } {
  const from = mondayAt(hour);
  return { from, to: new Date(Date.parse(from) + 30 * 60_000).toISOString() };
}

describe('Live availability: slots.watch / slots.unwatch / slots.changed (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let viewer: Session;
  let doctor: Session;
  let otherDoctor: Session;
  const pool = new SocketPool();

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
    viewer = await registerPatient(t);
    doctor = await registerDoctor(t);
    otherDoctor = await registerDoctor(t);
  });
  afterEach(async () => {
    pool.closeAll();
    await presenceSettled(t);
  });
  afterAll(async () => {
    pool.closeAll();
    await t.close();
  });

  describe('watch and unwatch', () => {
    it('acknowledges watch and unwatch with { ok: true }, twice alike, from every role', async () => {
      for (const session of [viewer, doctor, admin]) {
        const { socket } = await pool.connect(t.url, session);
        const doctorId = otherDoctor.user.doctorId!;
        await expect(socket.emitWithAck('slots.watch', { doctorId })).resolves.toEqual({ ok: true });
        await expect(socket.emitWithAck('slots.watch', { doctorId })).resolves.toEqual({ ok: true });
        await expect(socket.emitWithAck('slots.unwatch', { doctorId })).resolves.toEqual({ ok: true });
        await expect(socket.emitWithAck('slots.unwatch', { doctorId })).resolves.toEqual({ ok: true });
      }
    });

    it('answers unwatching a doctor never watched (even an unknown one) with { ok: true }', async () => {
      const { socket } = await pool.connect(t.url, viewer);
      await expect(socket.emitWithAck('slots.unwatch', { doctorId: randomUUID() })).resolves.toEqual({ ok: true });
    });

    it('refuses a payload other than { doctorId: <uuid> } with VALIDATION_FAILED and keeps the socket working', async () => {
      const { socket } = await pool.connect(t.url, viewer);
      const untyped = socket as unknown as Socket;
      const doctorId = doctor.user.doctorId!;
      for (const payload of [
        {},
        { doctorId: 'not-a-uuid' },
        { doctorId: 42 },
        { doctorId: null },
        { doctorId, extra: true },
        doctorId,
        null,
        [doctorId],
      ]) {
        for (const event of ['slots.watch', 'slots.unwatch']) {
          expect([event, await untyped.emitWithAck(event, payload)]).toEqual([
            event,
            { ok: false, code: 'VALIDATION_FAILED' },
          ]);
        }
      }
      await expect(socket.emitWithAck('slots.watch', { doctorId })).resolves.toEqual({ ok: true });
      expect(socket.connected).toBe(true);
    });

    it('refuses an unknown doctor and a deactivated one with DOCTOR_NOT_FOUND', async () => {
      const retired = await registerDoctor(t);
      await request(t.url).delete(`/api/v1/users/${retired.user.id}`).set(admin.auth).expect(204);
      const { socket } = await pool.connect(t.url, viewer);
      for (const doctorId of [randomUUID(), retired.user.doctorId!, viewer.user.patientId!]) {
        await expect(socket.emitWithAck('slots.watch', { doctorId })).resolves.toEqual({
          ok: false,
          code: 'DOCTOR_NOT_FOUND',
        });
      }
    });

    it(`watches at most ${MAX_WATCHED_DOCTORS_PER_SOCKET} doctors per socket: the next one is refused, a watched one is still ok`, async () => {
      const doctors: Session[] = [];
      for (let batch = 0; batch < MAX_WATCHED_DOCTORS_PER_SOCKET + 1; batch += 10) {
        const size = Math.min(10, MAX_WATCHED_DOCTORS_PER_SOCKET + 1 - batch);
        doctors.push(...(await Promise.all(Array.from({ length: size }, () => registerDoctor(t)))));
      }
      const { socket } = await pool.connect(t.url, viewer);
      const answers = await Promise.all(
        doctors
          .slice(0, MAX_WATCHED_DOCTORS_PER_SOCKET)
          .map((d) => socket.emitWithAck('slots.watch', { doctorId: d.user.doctorId! })),
      );
      expect(answers.every((a) => a.ok)).toBe(true);
      const last = doctors[MAX_WATCHED_DOCTORS_PER_SOCKET].user.doctorId!;
      await expect(socket.emitWithAck('slots.watch', { doctorId: last })).resolves.toEqual({
        ok: false,
        code: 'VALIDATION_FAILED',
      });
      await expect(socket.emitWithAck('slots.watch', { doctorId: doctors[0].user.doctorId! })).resolves.toEqual({
        ok: true,
      });
      // Another socket of the same user has its own allowance; an unwatch frees a place.
      const second = await pool.connect(t.url, viewer);
      await expect(second.socket.emitWithAck('slots.watch', { doctorId: last })).resolves.toEqual({ ok: true });
      await expect(socket.emitWithAck('slots.unwatch', { doctorId: doctors[0].user.doctorId! })).resolves.toEqual({
        ok: true,
      });
      await expect(socket.emitWithAck('slots.watch', { doctorId: last })).resolves.toEqual({ ok: true });
    });

    it('answers a refused message sent without an acknowledgement callback with an error event', async () => {
      const { socket, log } = await pool.connect(t.url, viewer);
      const untyped = socket as unknown as Socket;
      untyped.emit('slots.watch', { doctorId: randomUUID() });
      untyped.emit('slots.unwatch', { doctorId: 'nope' });
      await expect(log.waitFor('error', (e) => e.code === 'DOCTOR_NOT_FOUND')).resolves.toEqual({
        code: 'DOCTOR_NOT_FOUND',
        message: 'slots.watch was refused',
      });
      await expect(log.waitFor('error', (e) => e.code === 'VALIDATION_FAILED')).resolves.toEqual({
        code: 'VALIDATION_FAILED',
        message: 'slots.unwatch was refused',
      });
      // An accepted watch without a callback says nothing.
      untyped.emit('slots.watch', { doctorId: doctor.user.doctorId });
      await expect(socket.emitWithAck('slots.watch', { doctorId: doctor.user.doctorId! })).resolves.toEqual({
        ok: true,
      });
      expect(log.of('error')).toHaveLength(2);
    });

    it('applies a watch and an unwatch sent back to back in their order', async () => {
      const { socket, log } = await pool.connect(t.url, viewer);
      const doctorId = doctor.user.doctorId!;
      const marker = otherDoctor.user.doctorId!;
      const [watched, unwatched, markerWatched] = await Promise.all([
        socket.emitWithAck('slots.watch', { doctorId }),
        socket.emitWithAck('slots.unwatch', { doctorId }),
        socket.emitWithAck('slots.watch', { doctorId: marker }),
      ]);
      expect([watched, unwatched, markerWatched]).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
      await raiseSlotsChanged(t, { doctorId, ...rangeAt(9) });
      await raiseSlotsChanged(t, { doctorId: marker, ...rangeAt(9) });
      await log.waitFor('slots.changed', (e) => e.doctorId === marker);
      expect(log.of('slots.changed').map((e) => e.doctorId)).toEqual([marker]);
    });
  });

  describe('slots.changed', () => {
    it('sends a published slots.changed to the sockets watching that doctor only, with doctorId, from and to', async () => {
      const watcher = await pool.connect(t.url, viewer);
      const elsewhere = await pool.connect(t.url, viewer);
      const bystander = await pool.connect(t.url, otherDoctor);
      const doctorId = doctor.user.doctorId!;
      await expect(watcher.socket.emitWithAck('slots.watch', { doctorId })).resolves.toEqual({ ok: true });
      await expect(
        elsewhere.socket.emitWithAck('slots.watch', { doctorId: otherDoctor.user.doctorId! }),
      ).resolves.toEqual({ ok: true });

      const range = rangeAt(9);
      await raiseSlotsChanged(t, { doctorId, ...range });
      const received = await watcher.log.waitFor('slots.changed');
      expect(received).toEqual({ doctorId, ...range });
      expect(Object.keys(received).sort()).toEqual(['doctorId', 'from', 'to']);

      // The other sockets: a marker for the doctor one of them watches arrives after anything sent earlier.
      await raiseSlotsChanged(t, { doctorId: otherDoctor.user.doctorId!, ...range });
      await elsewhere.log.waitFor('slots.changed');
      expect(elsewhere.log.of('slots.changed')).toEqual([{ doctorId: otherDoctor.user.doctorId!, ...range }]);
      expect(bystander.log.of('slots.changed')).toEqual([]);
      expect(watcher.log.of('slots.changed')).toEqual([{ doctorId, ...range }]);
    });

    it('stops after slots.unwatch, and keeps going for the other watchers', async () => {
      const leaving = await pool.connect(t.url, viewer);
      const staying = await pool.connect(t.url, admin);
      const doctorId = doctor.user.doctorId!;
      const marker = otherDoctor.user.doctorId!;
      for (const { socket } of [leaving, staying]) {
        await expect(socket.emitWithAck('slots.watch', { doctorId })).resolves.toEqual({ ok: true });
      }
      await expect(leaving.socket.emitWithAck('slots.watch', { doctorId: marker })).resolves.toEqual({ ok: true });
      await expect(leaving.socket.emitWithAck('slots.unwatch', { doctorId })).resolves.toEqual({ ok: true });

      const range = rangeAt(14);
      await raiseSlotsChanged(t, { doctorId, ...range });
      await raiseSlotsChanged(t, { doctorId: marker, ...range });
      await expect(staying.log.waitFor('slots.changed')).resolves.toEqual({ doctorId, ...range });
      await leaving.log.waitFor('slots.changed', (e) => e.doctorId === marker);
      expect(leaving.log.of('slots.changed')).toEqual([{ doctorId: marker, ...range }]);
    });

    it('tells the watchers of a doctor when a booking takes time and a cancellation frees it, with no patient data', async () => {
      const patient = await registerPatient(t, { fullName: 'Priscilla Private' });
      const bookedDoctor = await registerDoctor(t);
      const doctorId = bookedDoctor.user.doctorId!;
      const watcher = await pool.connect(t.url, viewer);
      const otherWatcher = await pool.connect(t.url, viewer);
      await expect(watcher.socket.emitWithAck('slots.watch', { doctorId })).resolves.toEqual({ ok: true });
      await expect(
        otherWatcher.socket.emitWithAck('slots.watch', { doctorId: otherDoctor.user.doctorId! }),
      ).resolves.toEqual({ ok: true });

      const startsAt = mondayAt(10);
      const booked = await request(t.url)
        .post('/api/v1/appointments')
        .set(patient.auth)
        .send({ doctorId, startsAt, reason: 'Private matter' })
        .expect(201);
      const onBooking = await watcher.log.waitFor('slots.changed');
      expect(Object.keys(onBooking).sort()).toEqual(['doctorId', 'from', 'to']);
      expect(onBooking.doctorId).toBe(doctorId);
      // The range covers the appointment (buffers may widen it).
      expect(Date.parse(onBooking.from)).toBeLessThanOrEqual(Date.parse(booked.body.startsAt as string));
      expect(Date.parse(onBooking.to)).toBeGreaterThanOrEqual(Date.parse(booked.body.endsAt as string));

      await request(t.url)
        .patch(`/api/v1/appointments/${booked.body.id as string}/status`)
        .set(patient.auth)
        .send({ status: 'cancelled', reason: 'Feeling better' })
        .expect(200);
      await watcher.log.waitFor('slots.changed', (e) => e !== onBooking);
      const changes = watcher.log.of('slots.changed');
      expect(changes).toHaveLength(2);
      expect(changes[1].doctorId).toBe(doctorId);
      expect(Date.parse(changes[1].from)).toBeLessThanOrEqual(Date.parse(booked.body.startsAt as string));
      expect(Date.parse(changes[1].to)).toBeGreaterThanOrEqual(Date.parse(booked.body.endsAt as string));
      const text = JSON.stringify(watcher.log.received);
      for (const secret of [patient.user.id, patient.user.patientId!, 'Priscilla', 'Private matter', 'Feeling']) {
        expect(text).not.toContain(secret);
      }
      expect(otherWatcher.log.of('slots.changed')).toEqual([]);
    });
  });
});
