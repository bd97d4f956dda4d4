import type { Appointment, DoctorPresence } from '@app/contracts';
import type { Socket } from 'socket.io-client';
import request from 'supertest';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  appointmentOf,
  disconnectAndSettle,
  presenceSettled,
  raiseEvent,
  refused,
  SocketPool,
  type EventLog,
} from '../support/realtime';

/** Next Monday at least a week ahead, at `hour` UTC: inside a new doctor's default working hours. */
function mondayAt(hour: number): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 7 + ((8 - day.getUTCDay()) % 7));
  day.setUTCHours(hour, 0, 0, 0);
  return day.toISOString();
}

describe('Real time (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  const pool = new SocketPool();

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
  });
  afterEach(async () => {
    pool.closeAll();
    await presenceSettled(t);
  });
  afterAll(async () => {
    pool.closeAll();
    await t.close();
  });

  async function statusOf(doctorId: string, viewer: Session): Promise<DoctorPresence> {
    const res = await request(t.url).get(`/api/v1/doctors/${doctorId}/status`).set(viewer.auth).expect(200);
    return res.body as DoctorPresence;
  }

  /** Sends `user` a direct message and waits for it: anything meant for them earlier has arrived by then. */
  async function markerFor(user: Session, log: EventLog): Promise<void> {
    const res = await request(t.url)
      .post('/api/v1/notifications')
      .set(admin.auth)
      .send({ userId: user.user.id, title: 'Marker', body: 'Ordering marker' })
      .expect(201);
    await log.waitFor('notification', (n) => n.id === res.body.id);
  }

  describe('handshake', () => {
    it('refuses a connection without a token during the handshake with connect_error "Unauthorized"', async () => {
      const { socket } = pool.open(t.url);
      const error = await refused(socket);
      expect(error.message).toBe('Unauthorized');
      expect(socket.connected).toBe(false);
    });

    it('refuses a malformed token, a refresh token and a tampered token with "Unauthorized"', async () => {
      const patient = await registerPatient(t);
      const [, payload] = patient.accessToken.split('.');
      for (const token of ['not-a-jwt', patient.refreshToken, `${patient.accessToken.slice(0, -2)}xx`, payload]) {
        const { socket } = pool.open(t.url, { token });
        expect((await refused(socket)).message).toBe('Unauthorized');
      }
      const { socket } = pool.open(t.url, { headers: { Authorization: 'Bearer not-a-jwt' } });
      expect((await refused(socket)).message).toBe('Unauthorized');
    });

    it('refuses the token of a deactivated user, like REST does', async () => {
      const patient = await registerPatient(t);
      await request(t.url).delete(`/api/v1/users/${patient.user.id}`).set(admin.auth).expect(204);
      const { socket } = pool.open(t.url, { token: patient.accessToken });
      expect((await refused(socket)).message).toBe('Unauthorized');
    });

    it('accepts the token as auth.token or as an Authorization: Bearer header', async () => {
      const patient = await registerPatient(t);
      await pool.connect(t.url, patient);
      const { socket, log } = pool.open(t.url, { headers: { Authorization: `Bearer ${patient.accessToken}` } });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      await markerFor(patient, log);
      expect(socket.connected).toBe(true);
    });
  });

  describe('appointment events', () => {
    let patient: Session;
    let doctor: Session;
    let stranger: Session;

    beforeAll(async () => {
      patient = await registerPatient(t, { fullName: 'Paula Patient' });
      doctor = await registerDoctor(t, { fullName: 'Dora Doctor' });
      stranger = await registerPatient(t, { fullName: 'Sam Stranger' });
    });

    it('sends created, updated and status_changed to the patient, the doctor and admins watching the board, and nothing to anyone else', async () => {
      const patientSocket = await pool.connect(t.url, patient);
      const doctorSocket = await pool.connect(t.url, doctor);
      // Reception's live board asks for every appointment (`appointments.watch`, admins only); an admin's other
      // socket, which did not ask, hears nothing of them (the contract sends them to the two parties).
      const adminSocket = await pool.connect(t.url, admin);
      await expect(adminSocket.socket.emitWithAck('appointments.watch', {})).resolves.toEqual({ ok: true });
      const unwatchedAdmin = await pool.connect(t.url, admin);
      await expect(patientSocket.socket.emitWithAck('appointments.watch', {})).resolves.toEqual({
        ok: false,
        code: 'FORBIDDEN',
      });
      // The doctor's presence goes to everyone connected: let it out before the stranger connects.
      await presenceSettled(t);
      const strangerSocket = await pool.connect(t.url, stranger);
      const recipientUserIds = [patient.user.id, doctor.user.id];
      const doctorTimezone = 'UTC';
      const booked = appointmentOf(patient, doctor);
      const moved: Appointment = {
        ...booked,
        startsAt: '2031-03-03T11:00:00.000Z',
        endsAt: '2031-03-03T11:30:00.000Z',
      };
      const confirmed: Appointment = { ...moved, status: 'confirmed' };

      await raiseEvent(t, {
        name: 'appointment.created',
        payload: { appointment: booked },
        recipientUserIds,
        doctorTimezone,
      });
      await raiseEvent(t, {
        name: 'appointment.updated',
        payload: { appointment: moved, changes: ['startsAt', 'endsAt'] },
        recipientUserIds,
        doctorTimezone,
      });
      const statusChanged = {
        appointment: confirmed,
        previousStatus: 'pending' as const,
        status: 'confirmed' as const,
        changedBy: { id: doctor.user.id, role: 'doctor' as const },
      };
      await raiseEvent(t, {
        name: 'appointment.status_changed',
        payload: statusChanged,
        recipientUserIds,
        doctorTimezone,
      });

      for (const { log } of [patientSocket, doctorSocket, adminSocket]) {
        await expect(log.waitFor('appointment.created')).resolves.toEqual({ appointment: booked });
        await expect(log.waitFor('appointment.updated')).resolves.toEqual({
          appointment: moved,
          changes: ['startsAt', 'endsAt'],
        });
        await expect(log.waitFor('appointment.status_changed')).resolves.toEqual(statusChanged);
      }
      await markerFor(stranger, strangerSocket.log);
      expect(strangerSocket.log.names()).toEqual(['notification']);
      await markerFor(admin, unwatchedAdmin.log);
      expect(unwatchedAdmin.log.names().filter((name) => name.startsWith('appointment.'))).toEqual([]);
    });

    it('delivers every event to each tab and device of a user', async () => {
      const tabs = [await pool.connect(t.url, patient), await pool.connect(t.url, patient)];
      const appointment = appointmentOf(patient, doctor);
      await raiseEvent(t, {
        name: 'appointment.created',
        payload: { appointment },
        recipientUserIds: [patient.user.id, doctor.user.id],
        doctorTimezone: 'UTC',
      });
      for (const { log } of tabs) {
        await expect(log.waitFor('appointment.created', (e) => e.appointment.id === appointment.id)).resolves.toEqual({
          appointment,
        });
      }
    });

    it('stores a notification for every delivered event, for each party, without the medical reason', async () => {
      const { log } = await pool.connect(t.url, doctor);
      const appointment = appointmentOf(patient, doctor, { reason: 'Suspected melanoma' });
      await raiseEvent(t, {
        name: 'appointment.status_changed',
        payload: {
          appointment: { ...appointment, status: 'cancelled', cancellationReason: 'Feeling better after chemo' },
          previousStatus: 'pending',
          status: 'cancelled',
          changedBy: { id: patient.user.id, role: 'patient' },
        },
        recipientUserIds: [patient.user.id, doctor.user.id],
        doctorTimezone: 'UTC',
      });
      await log.waitFor('appointment.status_changed', (e) => e.appointment.id === appointment.id);

      for (const party of [patient, doctor]) {
        const res = await request(t.url).get('/api/v1/notifications').set(party.auth).expect(200);
        const stored = (res.body.data as { type: string; data: { appointmentId?: string } }[]).find(
          (n) => n.data?.appointmentId === appointment.id,
        );
        expect(stored).toMatchObject({
          type: 'appointment.status_changed',
          title: 'Appointment cancelled',
          data: { appointmentId: appointment.id, status: 'cancelled', previousStatus: 'pending' },
          readAt: null,
        });
        expect(JSON.stringify(stored)).not.toMatch(/melanoma|chemo/i);
      }
      const strangers = await request(t.url).get('/api/v1/notifications').set(stranger.auth).expect(200);
      expect(JSON.stringify(strangers.body.data)).not.toContain(appointment.id);
    });
  });

  describe('booking over REST', () => {
    it('announces a booking, its confirmation and its rescheduling to both parties, stored in both inboxes', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const stranger = await registerPatient(t);
      const patientSocket = await pool.connect(t.url, patient);
      const doctorSocket = await pool.connect(t.url, doctor);
      // The doctor's coming online is announced to every socket, after the connection: let it pass before the
      // stranger connects, so the stranger's log holds only what this test sends it.
      await patientSocket.log.waitFor('doctor.presence', (p) => p.doctorId === doctor.user.doctorId && p.isOnline);
      const strangerSocket = await pool.connect(t.url, stranger);

      const booked = await request(t.url)
        .post('/api/v1/appointments')
        .set(patient.auth)
        .send({ doctorId: doctor.user.doctorId, startsAt: mondayAt(10), reason: 'Migraine' })
        .expect(201);
      const id = booked.body.id as string;
      const confirmed = await request(t.url)
        .patch(`/api/v1/appointments/${id}/status`)
        .set(doctor.auth)
        .send({ status: 'confirmed' })
        .expect(200);
      const moved = await request(t.url)
        .patch(`/api/v1/appointments/${id}`)
        .set(patient.auth)
        .send({ startsAt: mondayAt(11) })
        .expect(200);

      for (const { log } of [patientSocket, doctorSocket]) {
        await expect(log.waitFor('appointment.created')).resolves.toEqual({ appointment: booked.body });
        await expect(log.waitFor('appointment.status_changed')).resolves.toEqual({
          appointment: confirmed.body,
          previousStatus: 'pending',
          status: 'confirmed',
          changedBy: { id: doctor.user.id, role: 'doctor' },
        });
        await expect(log.waitFor('appointment.updated')).resolves.toEqual({
          appointment: moved.body,
          changes: expect.arrayContaining(['startsAt']),
        });
      }
      await markerFor(stranger, strangerSocket.log);
      expect(strangerSocket.log.names()).toEqual(['notification']);

      for (const party of [patient, doctor]) {
        const inbox = await request(t.url).get('/api/v1/notifications').set(party.auth).expect(200);
        expect(inbox.body.data.map((n: { type: string }) => n.type)).toEqual([
          'appointment.updated',
          'appointment.status_changed',
          'appointment.created',
        ]);
        expect(JSON.stringify(inbox.body.data)).not.toContain('Migraine');
      }
    });
  });

  describe('presence', () => {
    let viewer: Session;

    beforeAll(async () => {
      viewer = await registerPatient(t);
    });

    /** `GET /doctors?isOnline=true` reads the persisted flag the gateway drives. */
    async function onlineDoctorIds(): Promise<string[]> {
      const res = await request(t.url).get('/api/v1/doctors?isOnline=true&limit=100').set(viewer.auth).expect(200);
      return (res.body.data as { id: string }[]).map((d) => d.id);
    }

    it('keeps a doctor online while any tab is open and announces offline only after the last one closes', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const observer = await pool.connect(t.url, viewer);
      expect(await statusOf(doctorId, viewer)).toEqual({
        doctorId,
        isOnline: false,
        status: 'offline',
        lastSeenAt: null,
      });

      const tab1 = await pool.connect(t.url, doctor);
      const online = await observer.log.waitFor('doctor.presence', (p) => p.doctorId === doctorId && p.isOnline);
      expect(online).toEqual({ doctorId, isOnline: true, status: 'online', lastSeenAt: expect.any(String) });
      expect(await statusOf(doctorId, viewer)).toMatchObject({ isOnline: true, status: 'online' });
      expect(await onlineDoctorIds()).toContain(doctorId);

      const tab2 = await pool.connect(t.url, doctor);
      await presenceSettled(t);
      await disconnectAndSettle(t, tab1.socket);
      expect(await statusOf(doctorId, viewer)).toMatchObject({ isOnline: true, status: 'online' });

      await disconnectAndSettle(t, tab2.socket);
      const offline = await observer.log.waitFor('doctor.presence', (p) => p.doctorId === doctorId && !p.isOnline);
      expect(offline).toEqual({ doctorId, isOnline: false, status: 'offline', lastSeenAt: expect.any(String) });
      expect(await statusOf(doctorId, viewer)).toEqual(offline);
      expect(await onlineDoctorIds()).not.toContain(doctorId);
      const changes = observer.log.of('doctor.presence').filter((p) => p.doctorId === doctorId);
      expect(changes.map((p) => p.isOnline)).toEqual([true, false]);
    });

    it('lets a doctor set busy over the socket: acknowledged, stored and announced to everyone', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const observer = await pool.connect(t.url, viewer);
      const { socket } = await pool.connect(t.url, doctor);
      await observer.log.waitFor('doctor.presence', (p) => p.doctorId === doctorId && p.isOnline);

      await expect(socket.emitWithAck('doctor.set_status', { status: 'busy' })).resolves.toEqual({ ok: true });
      const busy = await observer.log.waitFor('doctor.presence', (p) => p.doctorId === doctorId && p.status === 'busy');
      expect(busy).toMatchObject({ doctorId, isOnline: true, status: 'busy' });
      expect(await statusOf(doctorId, viewer)).toMatchObject({ isOnline: true, status: 'busy' });
    });

    it('refuses doctor.set_status from a patient with FORBIDDEN', async () => {
      const { socket } = await pool.connect(t.url, viewer);
      await expect(socket.emitWithAck('doctor.set_status', { status: 'busy' })).resolves.toEqual({
        ok: false,
        code: 'FORBIDDEN',
      });
    });

    it('answers malformed doctor.set_status payloads with VALIDATION_FAILED and keeps the socket working', async () => {
      const doctor = await registerDoctor(t);
      const { socket, log } = await pool.connect(t.url, doctor);
      const untyped = socket as unknown as Socket;
      for (const payload of [
        { status: 'offline' },
        { status: 'away' },
        'busy',
        null,
        [1, 2],
        { status: 'busy', x: 1 },
      ]) {
        await expect(untyped.emitWithAck('doctor.set_status', payload)).resolves.toEqual({
          ok: false,
          code: 'VALIDATION_FAILED',
        });
      }
      untyped.emit('doctor.set_status', { status: 42 });
      await expect(log.waitFor('error')).resolves.toEqual({ code: 'VALIDATION_FAILED', message: expect.any(String) });
      await expect(socket.emitWithAck('doctor.set_status', { status: 'busy' })).resolves.toEqual({ ok: true });
      expect(socket.connected).toBe(true);
    });

    it('drops a connection that sends a message over 100 KB and keeps serving everyone else', async () => {
      const doctor = await registerDoctor(t);
      const bystander = await pool.connect(t.url, viewer);
      const { socket } = await pool.connect(t.url, doctor);
      const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
      (socket as unknown as Socket).emit('doctor.set_status', { status: 'x'.repeat(150 * 1024) });
      await expect(closed).resolves.toMatch(/transport/);
      await expect(
        (await pool.connect(t.url, doctor)).socket.emitWithAck('doctor.set_status', { status: 'busy' }),
      ).resolves.toEqual({ ok: true });
      expect(bystander.socket.connected).toBe(true);
    });

    it('stores a status set over REST while offline; it reads offline until the doctor connects', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const stored = await request(t.url)
        .put('/api/v1/doctors/me/status')
        .set(doctor.auth)
        .send({ status: 'busy' })
        .expect(200);
      expect(stored.body).toEqual({ doctorId, isOnline: false, status: 'offline', lastSeenAt: null });
      expect(await statusOf(doctorId, viewer)).toMatchObject({ isOnline: false, status: 'offline' });

      const observer = await pool.connect(t.url, viewer);
      await pool.connect(t.url, doctor);
      const online = await observer.log.waitFor('doctor.presence', (p) => p.doctorId === doctorId && p.isOnline);
      expect(online).toMatchObject({ isOnline: true, status: 'busy' });

      const back = await request(t.url)
        .put('/api/v1/doctors/me/status')
        .set(doctor.auth)
        .send({ status: 'online' })
        .expect(200);
      expect(back.body).toMatchObject({ doctorId, isOnline: true, status: 'online' });
      await observer.log.waitFor('doctor.presence', (p) => p.doctorId === doctorId && p.status === 'online');
    });

    it('guards the status routes: doctors only for PUT, 404 DOCTOR_NOT_FOUND, 400 for a bad id or status', async () => {
      const doctor = await registerDoctor(t);
      await request(t.url).put('/api/v1/doctors/me/status').set(viewer.auth).send({ status: 'busy' }).expect(403);
      await request(t.url).put('/api/v1/doctors/me/status').send({ status: 'busy' }).expect(401);
      const bad = await request(t.url)
        .put('/api/v1/doctors/me/status')
        .set(doctor.auth)
        .send({ status: 'offline' })
        .expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      const missing = await request(t.url)
        .get('/api/v1/doctors/00000000-0000-4000-8000-000000000000/status')
        .set(viewer.auth)
        .expect(404);
      expect(missing.body.code).toBe('DOCTOR_NOT_FOUND');
      await request(t.url).get('/api/v1/doctors/not-a-uuid/status').set(viewer.auth).expect(400);
      await request(t.url).get(`/api/v1/doctors/${doctor.user.doctorId}/status`).expect(401);
    });
  });
});
