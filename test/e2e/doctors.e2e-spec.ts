import request from 'supertest';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface DoctorBody {
  id: string;
  fullName: string;
  licenseNumber: string;
  specialization: string;
  yearsOfExperience: number | null;
  status: string;
}

const names = (body: { data: DoctorBody[] }) => body.data.map((d) => d.fullName);

describe('Doctors (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let patient: Session;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
    patient = await registerPatient(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const goOnline = (doctorId: string, status: 'online' | 'busy') =>
    t.dataSource.query(`UPDATE doctors SET is_online = TRUE, preferred_status = $2 WHERE id = $1`, [doctorId, status]);

  describe('GET /doctors', () => {
    it('lists doctors to any role with the full Doctor shape and fields from the account', async () => {
      const doctor = await registerDoctor(
        t,
        { fullName: 'Ada Listed', phone: '+49 30 555' },
        {
          specialization: 'Dermatology',
          licenseNumber: 'LIC-LISTED-1',
          yearsOfExperience: 7,
          timezone: 'Europe/Berlin',
        },
      );
      for (const caller of [patient, doctor, admin]) {
        const res = await request(t.url).get('/api/v1/doctors?search=Ada%20Listed').set(caller.auth).expect(200);
        expect(res.body.meta).toEqual({ page: 1, limit: 20, total: 1, totalPages: 1 });
        expect(res.body.data[0]).toEqual({
          id: doctor.user.doctorId,
          userId: doctor.user.id,
          fullName: 'Ada Listed',
          email: doctor.user.email,
          phone: '+49 30 555',
          specialization: 'Dermatology',
          licenseNumber: 'LIC-LISTED-1',
          yearsOfExperience: 7,
          bio: null,
          timezone: 'Europe/Berlin',
          isOnline: false,
          status: 'offline',
          lastSeenAt: null,
          createdAt: expect.stringMatching(/Z$/),
          updatedAt: expect.stringMatching(/Z$/),
        });
      }
    });

    it('answers 401 without a token', async () => {
      const res = await request(t.url).get('/api/v1/doctors').expect(401);
      expect(res.body.code).toBe('UNAUTHORIZED');
    });

    it('filters by specialization exactly, ignoring case', async () => {
      await registerDoctor(t, { fullName: 'Spec One' }, { specialization: 'Nephrology' });
      await registerDoctor(t, { fullName: 'Spec Two' }, { specialization: 'nephrology' });
      await registerDoctor(t, { fullName: 'Spec Three' }, { specialization: 'Pediatric nephrology' });
      const res = await request(t.url).get('/api/v1/doctors?specialization=NEPHROLOGY').set(patient.auth).expect(200);
      expect(names(res.body).sort()).toEqual(['Spec One', 'Spec Two']);
    });

    it('searches the name or the licence number, case-insensitively, with wildcards taken literally', async () => {
      await registerDoctor(t, { fullName: 'Quentin Searchme' }, { licenseNumber: 'QS-100%' });
      await registerDoctor(t, { fullName: 'Rita Other' }, { licenseNumber: 'QS-1000' });
      const byName = await request(t.url).get('/api/v1/doctors?search=searchME').set(patient.auth).expect(200);
      expect(names(byName.body)).toEqual(['Quentin Searchme']);
      const byLicence = await request(t.url).get('/api/v1/doctors?search=qs-100').set(patient.auth).expect(200);
      expect(names(byLicence.body).sort()).toEqual(['Quentin Searchme', 'Rita Other']);
      const literal = await request(t.url).get('/api/v1/doctors?search=QS-100%25').set(patient.auth).expect(200);
      expect(names(literal.body)).toEqual(['Quentin Searchme']);
      const underscore = await request(t.url).get('/api/v1/doctors?search=QS_100').set(patient.auth).expect(200);
      expect(underscore.body.meta.total).toBe(0);
    });

    it('filters by isOnline and by status, offline while not connected whatever the chosen status', async () => {
      const online = await registerDoctor(t, {}, { specialization: 'Presence' });
      const busy = await registerDoctor(t, {}, { specialization: 'Presence' });
      const away = await registerDoctor(t, {}, { specialization: 'Presence' });
      await goOnline(online.user.doctorId!, 'online');
      await goOnline(busy.user.doctorId!, 'busy');
      await t.dataSource.query(`UPDATE doctors SET preferred_status = 'busy' WHERE id = $1`, [away.user.doctorId]);

      const ids = async (query: string) => {
        const res = await request(t.url).get(`/api/v1/doctors?specialization=Presence&${query}`).set(patient.auth);
        expect(res.status).toBe(200);
        return (res.body.data as DoctorBody[]).map((d) => [d.id, d.status]);
      };
      expect(await ids('status=online')).toEqual([[online.user.doctorId, 'online']]);
      expect(await ids('status=busy')).toEqual([[busy.user.doctorId, 'busy']]);
      expect(await ids('status=offline')).toEqual([[away.user.doctorId, 'offline']]);
      expect((await ids('isOnline=true')).map(([id]) => id).sort()).toEqual(
        [online.user.doctorId, busy.user.doctorId].sort(),
      );
      expect(await ids('isOnline=false')).toEqual([[away.user.doctorId, 'offline']]);
    });

    it('sorts by a whitelisted field, descending with a leading minus, default by name', async () => {
      await registerDoctor(t, { fullName: 'Sort Bravo' }, { specialization: 'Sorting', yearsOfExperience: 20 });
      await registerDoctor(t, { fullName: 'Sort Alpha' }, { specialization: 'Sorting', yearsOfExperience: 5 });
      await registerDoctor(t, { fullName: 'Sort Charlie' }, { specialization: 'Sorting' });
      const list = async (sort?: string) => {
        const query = sort ? `&sort=${sort}` : '';
        const res = await request(t.url).get(`/api/v1/doctors?specialization=Sorting${query}`).set(patient.auth);
        expect(res.status).toBe(200);
        return names(res.body);
      };
      expect(await list()).toEqual(['Sort Alpha', 'Sort Bravo', 'Sort Charlie']);
      expect(await list('-fullName')).toEqual(['Sort Charlie', 'Sort Bravo', 'Sort Alpha']);
      // Unknown experience sorts last both ways.
      expect(await list('yearsOfExperience')).toEqual(['Sort Alpha', 'Sort Bravo', 'Sort Charlie']);
      expect(await list('-yearsOfExperience')).toEqual(['Sort Bravo', 'Sort Alpha', 'Sort Charlie']);
      expect(await list('createdAt')).toEqual(['Sort Bravo', 'Sort Alpha', 'Sort Charlie']);
      expect(await list('-createdAt')).toEqual(['Sort Charlie', 'Sort Alpha', 'Sort Bravo']);
    });

    it('pages the list', async () => {
      for (const name of ['Page A', 'Page B', 'Page C']) {
        await registerDoctor(t, { fullName: name }, { specialization: 'Paging' });
      }
      const res = await request(t.url)
        .get('/api/v1/doctors?specialization=Paging&limit=2&page=2')
        .set(patient.auth)
        .expect(200);
      expect(names(res.body)).toEqual(['Page C']);
      expect(res.body.meta).toEqual({ page: 2, limit: 2, total: 3, totalPages: 2 });
    });

    it('answers 400 for an unknown sort, status or flag and for bad paging', async () => {
      for (const query of ['sort=password', 'sort=email', 'status=away', 'isOnline=yes', 'limit=101', 'page=0']) {
        const res = await request(t.url).get(`/api/v1/doctors?${query}`).set(patient.auth).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });

    it('leaves out doctors whose account is deactivated', async () => {
      const gone = await registerDoctor(t, { fullName: 'Gone Doctor' }, { specialization: 'Vanishing' });
      await registerDoctor(t, { fullName: 'Staying Doctor' }, { specialization: 'Vanishing' });
      await request(t.url).delete(`/api/v1/users/${gone.user.id}`).set(admin.auth).expect(204);
      const res = await request(t.url).get('/api/v1/doctors?specialization=Vanishing').set(patient.auth).expect(200);
      expect(names(res.body)).toEqual(['Staying Doctor']);
    });
  });

  describe('GET /doctors/specializations', () => {
    it('counts active doctors per specialization, spellings differing only in case together', async () => {
      await registerDoctor(t, {}, { specialization: 'Zoo medicine' });
      await registerDoctor(t, {}, { specialization: 'zoo medicine' });
      await registerDoctor(t, {}, { specialization: 'Zymology' });
      const inactive = await registerDoctor(t, {}, { specialization: 'Zymology' });
      await request(t.url).delete(`/api/v1/users/${inactive.user.id}`).set(admin.auth).expect(204);
      const res = await request(t.url).get('/api/v1/doctors/specializations').set(patient.auth).expect(200);
      const counts = res.body as { specialization: string; count: number }[];
      expect(counts).toEqual(
        expect.arrayContaining([
          { specialization: 'Zoo medicine', count: 2 },
          { specialization: 'Zymology', count: 1 },
        ]),
      );
      const keys = counts.map((c) => c.specialization.toLowerCase());
      expect(keys).toEqual([...keys].sort());
      expect(new Set(keys).size).toBe(keys.length);
    });
  });

  describe('GET /doctors/me and /doctors/:id', () => {
    it("answers the doctor's own profile at /me", async () => {
      const doctor = await registerDoctor(t, { fullName: 'Me Myself' });
      const res = await request(t.url).get('/api/v1/doctors/me').set(doctor.auth).expect(200);
      expect(res.body).toMatchObject({ id: doctor.user.doctorId, fullName: 'Me Myself', userId: doctor.user.id });
    });

    it('refuses /me to patients and admins with 403', async () => {
      await request(t.url).get('/api/v1/doctors/me').set(patient.auth).expect(403);
      await request(t.url).get('/api/v1/doctors/me').set(admin.auth).expect(403);
    });

    it('shows one doctor to any role', async () => {
      const doctor = await registerDoctor(t, { fullName: 'By Id' });
      const res = await request(t.url).get(`/api/v1/doctors/${doctor.user.doctorId}`).set(patient.auth).expect(200);
      expect(res.body).toMatchObject({ id: doctor.user.doctorId, fullName: 'By Id', status: 'offline' });
    });

    it('answers 400 for a malformed id and 404 DOCTOR_NOT_FOUND for an unknown one', async () => {
      const bad = await request(t.url).get('/api/v1/doctors/not-a-uuid').set(patient.auth).expect(400);
      expect(bad.body.details).toEqual([{ field: 'id', message: expect.any(String) }]);
      const unknown = await request(t.url).get(`/api/v1/doctors/${UNKNOWN_ID}`).set(patient.auth).expect(404);
      expect(unknown.body.code).toBe('DOCTOR_NOT_FOUND');
    });
  });

  describe('PATCH /doctors/:id', () => {
    it('lets the doctor edit their profile, name and phone', async () => {
      const doctor = await registerDoctor(t, { fullName: 'Before Edit' }, { specialization: 'Old' });
      const res = await request(t.url)
        .patch(`/api/v1/doctors/${doctor.user.doctorId}`)
        .set(doctor.auth)
        .send({
          specialization: 'Neurology',
          yearsOfExperience: 11,
          bio: 'Headaches and more.',
          timezone: 'America/New_York',
          fullName: 'After Edit',
          phone: '+1 212 555 0100',
        })
        .expect(200);
      expect(res.body).toMatchObject({
        specialization: 'Neurology',
        yearsOfExperience: 11,
        bio: 'Headaches and more.',
        timezone: 'America/New_York',
        fullName: 'After Edit',
        phone: '+1 212 555 0100',
      });
      expect(Date.parse(res.body.updatedAt)).toBeGreaterThan(Date.parse(res.body.createdAt));
      const me = await request(t.url).get('/api/v1/auth/me').set(doctor.auth).expect(200);
      expect(me.body.fullName).toBe('After Edit');
      const read = await request(t.url).get(`/api/v1/doctors/${doctor.user.doctorId}`).set(patient.auth).expect(200);
      expect(read.body).toEqual(res.body);
    });

    it('clears nullable fields with null and refuses null for the others', async () => {
      const doctor = await registerDoctor(t, { phone: '+49 1' }, { bio: 'Something', yearsOfExperience: 3 });
      const url = `/api/v1/doctors/${doctor.user.doctorId}`;
      const res = await request(t.url)
        .patch(url)
        .set(doctor.auth)
        .send({ bio: null, yearsOfExperience: null, phone: null })
        .expect(200);
      expect(res.body).toMatchObject({ bio: null, yearsOfExperience: null, phone: null });
      for (const field of ['specialization', 'fullName', 'timezone']) {
        const bad = await request(t.url)
          .patch(url)
          .set(doctor.auth)
          .send({ [field]: null })
          .expect(400);
        expect(bad.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      }
    });

    it('refuses another doctor and a patient with 403, and an admin may edit', async () => {
      const doctor = await registerDoctor(t);
      const other = await registerDoctor(t);
      const url = `/api/v1/doctors/${doctor.user.doctorId}`;
      const forbidden = await request(t.url).patch(url).set(other.auth).send({ bio: 'hijack' }).expect(403);
      expect(forbidden.body.code).toBe('FORBIDDEN');
      await request(t.url).patch(url).set(patient.auth).send({ bio: 'hijack' }).expect(403);
      const res = await request(t.url).patch(url).set(admin.auth).send({ bio: 'Set by admin' }).expect(200);
      expect(res.body.bio).toBe('Set by admin');
    });

    it('lets only an admin change the licence number, unique across doctors', async () => {
      const doctor = await registerDoctor(t, {}, { licenseNumber: 'LIC-OWN-1' });
      await registerDoctor(t, {}, { licenseNumber: 'LIC-TAKEN-1' });
      const url = `/api/v1/doctors/${doctor.user.doctorId}`;
      await request(t.url).patch(url).set(doctor.auth).send({ licenseNumber: 'LIC-OWN-2' }).expect(403);
      const taken = await request(t.url).patch(url).set(admin.auth).send({ licenseNumber: 'LIC-TAKEN-1' }).expect(409);
      expect(taken.body.code).toBe('LICENSE_TAKEN');
      const res = await request(t.url).patch(url).set(admin.auth).send({ licenseNumber: 'LIC-OWN-2' }).expect(200);
      expect(res.body.licenseNumber).toBe('LIC-OWN-2');
    });

    it('answers 400 for unknown fields and invalid values', async () => {
      const doctor = await registerDoctor(t);
      const url = `/api/v1/doctors/${doctor.user.doctorId}`;
      for (const body of [
        { isOnline: true },
        { userId: doctor.user.id },
        { timezone: 'Mars/Olympus' },
        { yearsOfExperience: 81 },
        { bio: 'x'.repeat(2001) },
        { specialization: 'x' },
      ]) {
        const res = await request(t.url).patch(url).set(doctor.auth).send(body).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });

    it('answers 404 to an admin for an unknown doctor and 400 for a malformed id', async () => {
      const res = await request(t.url).patch(`/api/v1/doctors/${UNKNOWN_ID}`).set(admin.auth).send({ bio: 'x' });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('DOCTOR_NOT_FOUND');
      await request(t.url).patch('/api/v1/doctors/123').set(admin.auth).send({ bio: 'x' }).expect(400);
    });
  });
});
