import type { Notification } from '@app/contracts';
import request from 'supertest';
import { at, book, bookRequest, nextWeekday } from '../support/appointments';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { presenceSettled, SocketPool } from '../support/realtime';

describe('Notifications (e2e)', () => {
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

  async function inbox(user: Session, query = ''): Promise<{ data: Notification[]; meta: Record<string, number> }> {
    const res = await request(t.url).get(`/api/v1/notifications${query}`).set(user.auth).expect(200);
    return res.body as { data: Notification[]; meta: Record<string, number> };
  }

  function sendMessage(to: Session, body: Record<string, unknown> = {}) {
    return request(t.url)
      .post('/api/v1/notifications')
      .set(admin.auth)
      .send({ userId: to.user.id, title: 'Clinic closed', body: 'Closed on Friday afternoon.', ...body });
  }

  describe('direct messages', () => {
    it('stores a message and delivers it now to every connection of that user only', async () => {
      const patient = await registerPatient(t);
      const other = await registerPatient(t);
      const tabs = [await pool.connect(t.url, patient), await pool.connect(t.url, patient)];
      const otherSocket = await pool.connect(t.url, other);

      const res = await sendMessage(patient, { data: { link: '/appointments' } }).expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        type: 'message',
        title: 'Clinic closed',
        body: 'Closed on Friday afternoon.',
        data: { link: '/appointments' },
        readAt: null,
        createdAt: expect.stringMatching(/Z$/),
      });
      for (const { log } of tabs) {
        await expect(log.waitFor('notification')).resolves.toEqual(res.body);
      }
      const marker = await sendMessage(other).expect(201);
      await otherSocket.log.waitFor('notification', (n) => n.id === marker.body.id);
      expect(otherSocket.log.of('notification').map((n) => n.id)).toEqual([marker.body.id]);
      expect((await inbox(patient)).data).toEqual([res.body]);
    });

    it('lets a user who was offline catch up over REST', async () => {
      const patient = await registerPatient(t);
      const sent = await sendMessage(patient).expect(201);
      const { data } = await inbox(patient, '?unread=true');
      expect(data.map((n) => n.id)).toEqual([sent.body.id]);
    });

    it('answers 404 USER_NOT_FOUND for an unknown user and 403 for a non-admin', async () => {
      const patient = await registerPatient(t);
      const missing = await request(t.url)
        .post('/api/v1/notifications')
        .set(admin.auth)
        .send({ userId: '00000000-0000-4000-8000-000000000000', title: 'Hi', body: 'There' })
        .expect(404);
      expect(missing.body.code).toBe('USER_NOT_FOUND');
      await request(t.url)
        .post('/api/v1/notifications')
        .set(patient.auth)
        .send({ userId: patient.user.id, title: 'Hi', body: 'There' })
        .expect(403);
    });

    it('caps title, body and data and refuses unknown fields with 400', async () => {
      const patient = await registerPatient(t);
      for (const body of [
        { title: 'x'.repeat(201) },
        { body: 'x'.repeat(2001) },
        { title: '   ' },
        { data: { blob: 'x'.repeat(5000) } },
        { data: ['not', 'an', 'object'] },
        { userId: 'not-a-uuid' },
        { priority: 'high' },
      ]) {
        const res = await sendMessage(patient, body).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
      expect((await inbox(patient)).data).toEqual([]);
    });
  });

  describe('broadcasts', () => {
    it('stores a broadcast for every active user of a role and delivers each their own copy live', async () => {
      const doctor = await registerDoctor(t);
      const patient = await registerPatient(t);
      const retired = await registerDoctor(t);
      await request(t.url).delete(`/api/v1/users/${retired.user.id}`).set(admin.auth).expect(204);
      const doctorSocket = await pool.connect(t.url, doctor);
      const patientSocket = await pool.connect(t.url, patient);
      const [{ count }]: { count: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM users WHERE role = 'doctor' AND is_active`,
      );

      const res = await request(t.url)
        .post('/api/v1/notifications/broadcast')
        .set(admin.auth)
        .send({ title: 'Staff meeting', body: 'Monday 8:00 in room 2.', role: 'doctor' })
        .expect(202);
      expect(res.body).toEqual({ recipients: count });

      const live = await doctorSocket.log.waitFor('notification', (n) => n.type === 'broadcast');
      const [stored] = (await inbox(doctor)).data;
      expect(live).toEqual(stored);
      expect(stored).toMatchObject({
        type: 'broadcast',
        title: 'Staff meeting',
        body: 'Monday 8:00 in room 2.',
        data: { broadcastId: expect.any(String) },
      });
      const retiredCopies: unknown[] = await t.dataSource.query(`SELECT id FROM notifications WHERE user_id = $1`, [
        retired.user.id,
      ]);
      expect(retiredCopies).toEqual([]);
      expect((await inbox(patient)).data).toEqual([]);
      const marker = await sendMessage(patient).expect(201);
      await patientSocket.log.waitFor('notification', (n) => n.id === marker.body.id);
      expect(patientSocket.log.of('notification').map((n) => n.type)).toEqual(['message']);
    });

    it('broadcasts to every active user when no role is given', async () => {
      const patient = await registerPatient(t);
      const { log } = await pool.connect(t.url, patient);
      const [{ count }]: { count: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM users WHERE is_active`,
      );
      const res = await request(t.url)
        .post('/api/v1/notifications/broadcast')
        .set(admin.auth)
        .send({ title: 'New opening hours', body: 'From May we open at 7:30.' })
        .expect(202);
      expect(res.body).toEqual({ recipients: count });
      const live = await log.waitFor('notification', (n) => n.type === 'broadcast');
      expect((await inbox(patient)).data).toEqual([live]);
      expect((await inbox(admin)).data.map((n) => n.title)).toContain('New opening hours');
    });

    it('is for admins only and validates its body', async () => {
      const doctor = await registerDoctor(t);
      await request(t.url)
        .post('/api/v1/notifications/broadcast')
        .set(doctor.auth)
        .send({ title: 'Hi', body: 'All' })
        .expect(403);
      for (const body of [{ title: 'Hi', body: 'All', role: 'nurse' }, { title: 'x'.repeat(201), body: 'All' }, {}]) {
        const res = await request(t.url).post('/api/v1/notifications/broadcast').set(admin.auth).send(body).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  describe('appointment notices', () => {
    it('give the time on the doctor’s wall clock with its abbreviation (a 10:00 UTC visit in Kolkata is 15:30 IST)', async () => {
      const patient = await registerPatient(t, { fullName: 'Priya Patel' });
      const doctor = await registerDoctor(t, { fullName: 'Dr Arjun Rao' }, { timezone: 'Asia/Kolkata' });
      // Kolkata's default hours are 09:00–17:00 IST = 03:30–11:30 UTC, on the same weekday.
      const day = nextWeekday(3);
      const appointment = await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '10:00') });
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Kolkata',
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      })
        .format(new Date(appointment.startsAt))
        .replace(',', '');
      const expected = `Priya Patel with Dr Arjun Rao on ${local}, 15:30 IST.`;
      for (const party of [patient, doctor]) {
        const [notice] = (await inbox(party)).data;
        expect(notice).toMatchObject({ type: 'appointment.created', body: expected });
      }
    });
  });

  describe('inbox', () => {
    it('lists own notifications newest first, paginated, with an unread filter', async () => {
      const patient = await registerPatient(t);
      const first = await sendMessage(patient, { title: 'First' }).expect(201);
      const second = await sendMessage(patient, { title: 'Second' }).expect(201);
      const third = await sendMessage(patient, { title: 'Third' }).expect(201);

      const page = await inbox(patient, '?page=1&limit=2');
      expect(page.data.map((n) => n.id)).toEqual([third.body.id, second.body.id]);
      expect(page.meta).toEqual({ page: 1, limit: 2, total: 3, totalPages: 2 });
      expect((await inbox(patient, '?page=2&limit=2')).data.map((n) => n.id)).toEqual([first.body.id]);
      await request(t.url).get('/api/v1/notifications?limit=101').set(patient.auth).expect(400);
      await request(t.url).get('/api/v1/notifications?unread=maybe').set(patient.auth).expect(400);
      await request(t.url).get('/api/v1/notifications').expect(401);
    });

    it('marks one read (200 with the notification) and all read (204)', async () => {
      const patient = await registerPatient(t);
      const first = await sendMessage(patient, { title: 'First' }).expect(201);
      const second = await sendMessage(patient, { title: 'Second' }).expect(201);

      const read = await request(t.url)
        .patch(`/api/v1/notifications/${first.body.id}/read`)
        .set(patient.auth)
        .expect(200);
      expect(read.body).toEqual({ ...first.body, readAt: expect.stringMatching(/Z$/) });
      const again = await request(t.url)
        .patch(`/api/v1/notifications/${first.body.id}/read`)
        .set(patient.auth)
        .expect(200);
      expect(again.body.readAt).toBe(read.body.readAt);
      expect((await inbox(patient, '?unread=true')).data.map((n) => n.id)).toEqual([second.body.id]);
      expect((await inbox(patient, '?unread=false')).data.map((n) => n.id)).toEqual([first.body.id]);

      await request(t.url).post('/api/v1/notifications/read-all').set(patient.auth).expect(204);
      expect((await inbox(patient, '?unread=true')).data).toEqual([]);
      expect((await inbox(patient)).data.every((n) => n.readAt !== null)).toBe(true);
    });

    it("answers 404 NOTIFICATION_NOT_FOUND for someone else's notification, and read-all leaves others alone", async () => {
      const owner = await registerPatient(t);
      const intruder = await registerPatient(t);
      const sent = await sendMessage(owner).expect(201);
      const res = await request(t.url)
        .patch(`/api/v1/notifications/${sent.body.id}/read`)
        .set(intruder.auth)
        .expect(404);
      expect(res.body.code).toBe('NOTIFICATION_NOT_FOUND');
      await request(t.url).patch('/api/v1/notifications/not-a-uuid/read').set(intruder.auth).expect(400);
      await request(t.url).post('/api/v1/notifications/read-all').set(intruder.auth).expect(204);
      expect((await inbox(owner, '?unread=true')).data.map((n) => n.id)).toEqual([sent.body.id]);
    });

    it("stores a booking's notifications with the booking: in both inboxes when the 201 arrives", async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const { log } = await pool.connect(t.url, doctor);
      const appointment = await book(t, patient, {
        doctorId: doctor.user.doctorId,
        startsAt: at(nextWeekday(), '10:00'),
        reason: 'A private reason',
      });
      // No waiting: the notifications committed in the booking's own transaction.
      for (const party of [patient, doctor]) {
        const [stored] = (await inbox(party, '?unread=true')).data;
        expect(stored).toMatchObject({
          type: 'appointment.created',
          title: 'Appointment booked',
          data: { appointmentId: appointment.id, status: 'pending' },
        });
        expect(stored.body).not.toContain('A private reason');
      }
      expect((await inbox(patient)).data[0].body).toContain(doctor.user.fullName);
      await log.waitFor('appointment.created');
    });

    it('rolls the booking back when its notifications cannot be stored: never a booking its parties miss', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      await t.dataSource.query(`
        CREATE FUNCTION refuse_notifications() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'notifications are down'; END $$;
        CREATE TRIGGER refuse_notifications BEFORE INSERT ON notifications
          FOR EACH ROW EXECUTE FUNCTION refuse_notifications();`);
      try {
        const startsAt = at(nextWeekday(), '11:00');
        await bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt }, 'outbox-key').expect(500);
        const [{ count }]: { count: string }[] = await t.dataSource.query(
          'SELECT count(*) FROM appointments WHERE patient_id = $1',
          [patient.user.patientId],
        );
        expect(Number(count)).toBe(0);
        const keys: unknown[] = await t.dataSource.query('SELECT 1 FROM idempotency_keys WHERE key = $1', [
          'outbox-key',
        ]);
        expect(keys).toEqual([]);
      } finally {
        await t.dataSource.query(
          'DROP TRIGGER refuse_notifications ON notifications; DROP FUNCTION refuse_notifications();',
        );
      }
      // Stored again, the same request books.
      await bookRequest(
        t,
        patient,
        { doctorId: doctor.user.doctorId, startsAt: at(nextWeekday(), '11:00') },
        'outbox-key',
      ).expect(201);
    });
  });
});
