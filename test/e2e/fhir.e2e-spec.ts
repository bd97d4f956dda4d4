import { APPOINTMENT_STATUSES, APPOINTMENT_TRANSITIONS, type AppointmentStatus } from '@app/contracts';
import request from 'supertest';
import { at, book, setStatus, weekdayAfter, nextWeekday } from '../support/appointments';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { fhirSchemaErrors } from '../support/fhir-schema';
import { startTestApp, type TestApp } from '../support/test-app';

const BASE = '/api/v1/fhir/R4';

interface Entry {
  fullUrl: string;
  resource: { resourceType: string; id: string; [key: string]: unknown };
}
interface Bundle {
  resourceType: 'Bundle';
  type: string;
  total: number;
  link: { relation: string; url: string }[];
  entry: Entry[];
}
interface Outcome {
  resourceType: 'OperationOutcome';
  issue: { severity: string; code: string; details?: { coding?: { code: string }[] } }[];
}

/** The shortest way from `pending` to each status along the table (an admin may make every move). */
function pathsFromPending(): Map<AppointmentStatus, AppointmentStatus[]> {
  const paths = new Map<AppointmentStatus, AppointmentStatus[]>([['pending', []]]);
  const queue: AppointmentStatus[] = ['pending'];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const row of APPOINTMENT_TRANSITIONS) {
      if (row.from.includes(from) && !paths.has(row.to)) {
        paths.set(row.to, [...paths.get(from)!, row.to]);
        queue.push(row.to);
      }
    }
  }
  return paths;
}

const EXPECTED_FHIR_STATUS: Record<AppointmentStatus, string> = {
  pending: 'pending',
  confirmed: 'booked',
  in_progress: 'arrived',
  completed: 'fulfilled',
  cancelled: 'cancelled',
  no_show: 'noshow',
};

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const noMillis = (iso: string) => iso.replace('.000Z', 'Z');

describe('FHIR R4 read API (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let patient1: Session;
  let patient2: Session;
  let doctorA: Session;
  let doctorB: Session;
  const day1 = nextWeekday(7);
  const day2 = weekdayAfter(day1, 1);
  const day3 = weekdayAfter(day1, 2);
  /** patient 1 with doctor A on day 1, one per status, 09:00, 09:30, … */
  const byStatus = new Map<AppointmentStatus, string>();
  let p2WithA: string;
  let p2WithB: string;
  let p1WithB: string;

  /**
   * GET a FHIR path; every answer must be `application/fhir+json` and valid against the official R4 schema (a Bundle
   * with every entry, an OperationOutcome for errors).
   */
  async function fhir(path: string, session?: Session, query?: Record<string, string | string[]>) {
    const url = path.startsWith('http') ? new URL(path) : null;
    const req = request(t.url).get(url ? `${url.pathname}${url.search}` : `${BASE}/${path}`);
    if (session) {
      void req.set(session.auth);
    }
    if (query) {
      void req.query(query);
    }
    const res = await req;
    expect({ path, type: res.headers['content-type'] }).toEqual({
      path,
      type: expect.stringMatching(/^application\/fhir\+json/),
    });
    expect({ path, errors: fhirSchemaErrors(res.body) }).toEqual({ path, errors: [] });
    return res;
  }

  const ids = (bundle: Bundle) => bundle.entry.map((entry) => entry.resource.id).sort();

  beforeAll(async () => {
    t = await startTestApp({ MAX_ACTIVE_BOOKINGS_PER_PATIENT: '1000' });
    [admin, patient1, patient2, doctorA, doctorB] = await Promise.all([
      loginAdmin(t),
      registerPatient(t, { fullName: 'Jonas Weber', phone: '+49 30 1234567' }),
      registerPatient(t, { fullName: 'Mina Park' }),
      registerDoctor(t, { fullName: 'Amara Okafor' }, { specialization: 'Cardiology' }),
      registerDoctor(t, { fullName: 'Lars Berg' }),
    ]);
    const paths = pathsFromPending();
    for (const [index, status] of APPOINTMENT_STATUSES.entries()) {
      const created = await book(t, patient1, {
        doctorId: doctorA.user.doctorId,
        startsAt: at(day1, `${9 + Math.floor(index / 2)}:${index % 2 === 0 ? '00' : '30'}`),
        reason: 'Chest pain when climbing stairs',
      });
      for (const step of paths.get(status)!) {
        expect((await setStatus(t, admin, created.id, step, 'Feeling better')).status).toBe(200);
      }
      byStatus.set(status, created.id);
    }
    p2WithA = (await book(t, patient2, { doctorId: doctorA.user.doctorId, startsAt: at(day2, '09:00') })).id;
    p2WithB = (await book(t, patient2, { doctorId: doctorB.user.doctorId, startsAt: at(day2, '10:00') })).id;
    p1WithB = (await book(t, patient1, { doctorId: doctorB.user.doctorId, startsAt: at(day3, '10:00') })).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('the R4 schema check itself', () => {
    it('accepts a real answer and refuses it once broken, entries of a Bundle included', async () => {
      const good = (await fhir(`Appointment/${byStatus.get('confirmed')!}`, admin)).body as Record<string, unknown>;
      expect(fhirSchemaErrors(good)).toEqual([]);
      expect(fhirSchemaErrors({ ...good, status: 'confirmed' })).not.toEqual([]);
      expect(fhirSchemaErrors({ ...good, startsAt: good.start })).not.toEqual([]);
      expect(fhirSchemaErrors({ ...good, start: '2026-12-07 09:00' })).not.toEqual([]);
      const { participant: _participant, ...withoutParticipants } = good;
      expect(fhirSchemaErrors(withoutParticipants)).not.toEqual([]);
      const bundle = { resourceType: 'Bundle', type: 'searchset', entry: [{ resource: good }] };
      expect(fhirSchemaErrors(bundle)).toEqual([]);
      expect(fhirSchemaErrors({ ...bundle, entry: [{ resource: { ...good, status: 'confirmed' } }] })).not.toEqual([]);
      expect(fhirSchemaErrors({ ...bundle, entry: [{ resource: { resourceType: 'Nonsense' } }] })).not.toEqual([]);
      expect(fhirSchemaErrors({ ...bundle, type: 'searchresult' })).not.toEqual([]);
      expect(fhirSchemaErrors({ resourceType: 'Slot', status: 'free' })).not.toEqual([]);
      expect(
        fhirSchemaErrors({ resourceType: 'OperationOutcome', issue: [{ severity: 'catastrophic', code: 'invalid' }] }),
      ).not.toEqual([]);
    });
  });

  describe('metadata', () => {
    it('answers the CapabilityStatement without a token', async () => {
      const res = await fhir('metadata');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1', kind: 'instance' });
      const types = (res.body as { rest: { resource: { type: string }[] }[] }).rest[0].resource.map((r) => r.type);
      expect(types.sort()).toEqual(['Appointment', 'Patient', 'Practitioner', 'Schedule', 'Slot']);
      expect((await fhir('metadata', patient1)).status).toBe(200);
    });
  });

  describe('Appointment', () => {
    it.each(APPOINTMENT_STATUSES)('maps %s to its R4 status, with the parties as references', async (status) => {
      const id = byStatus.get(status)!;
      const res = await fhir(`Appointment/${id}`, admin);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        resourceType: 'Appointment',
        id,
        status: EXPECTED_FHIR_STATUS[status],
        minutesDuration: 30,
        description: 'Chest pain when climbing stairs',
        participant: [
          { actor: { reference: `Patient/${patient1.user.patientId}`, display: 'Jonas Weber' } },
          { actor: { reference: `Practitioner/${doctorA.user.doctorId}`, display: 'Amara Okafor' } },
        ],
      });
      const rest = await request(t.url).get(`/api/v1/appointments/${id}`).set(admin.auth).expect(200);
      expect(res.body).toMatchObject({ start: noMillis(rest.body.startsAt), end: noMillis(rest.body.endsAt) });
    });

    it('reads an appointment for its patient and its doctor, 404 not-found for anyone else', async () => {
      const id = byStatus.get('pending')!;
      for (const session of [patient1, doctorA, admin]) {
        expect((await fhir(`Appointment/${id}`, session)).status).toBe(200);
      }
      for (const session of [patient2, doctorB]) {
        const res = await fhir(`Appointment/${id}`, session);
        expect(res.status).toBe(404);
        expect((res.body as Outcome).issue[0]).toMatchObject({
          severity: 'error',
          code: 'not-found',
          details: { coding: [{ code: 'APPOINTMENT_NOT_FOUND' }] },
        });
      }
    });

    it('searches by patient, by practitioner, and both', async () => {
      const p1 = (await fhir('Appointment', admin, { patient: `Patient/${patient1.user.patientId}` })).body as Bundle;
      expect(p1).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 7 });
      expect(ids(p1)).toEqual([...byStatus.values(), p1WithB].sort());
      const a = (await fhir('Appointment', admin, { practitioner: `Practitioner/${doctorA.user.doctorId}` }))
        .body as Bundle;
      expect(ids(a)).toEqual([...byStatus.values(), p2WithA].sort());
      const both = (
        await fhir('Appointment', admin, {
          patient: patient2.user.patientId!,
          practitioner: `Practitioner/${doctorA.user.doctorId}`,
        })
      ).body as Bundle;
      expect(ids(both)).toEqual([p2WithA]);
      expect(both.entry[0].fullUrl).toBe(`${t.url}${BASE}/Appointment/${p2WithA}`);
    });

    it('searches the start by date prefixes, repeated for a range', async () => {
      const p1 = `Patient/${patient1.user.patientId}`;
      const search = async (date: string[], extra: Record<string, string> = {}) =>
        ids((await fhir('Appointment', admin, { patient: p1, date, ...extra })).body as Bundle);
      const onDay1 = [...byStatus.values()].sort();
      expect(await search([`ge${dayOf(day1)}`, `lt${dayOf(day2)}`])).toEqual(onDay1);
      expect(await search([dayOf(day1)])).toEqual(onDay1);
      expect(await search([`eq${dayOf(day3)}`])).toEqual([p1WithB]);
      expect(await search([`gt${dayOf(day1)}`])).toEqual([p1WithB]);
      expect(await search([`le${dayOf(day1)}`])).toEqual(onDay1);
      expect(await search([`lt${dayOf(day1)}`])).toEqual([]);
      // Instants: gt 10:00:00 leaves 10:00 out, le 10:00:00 keeps it.
      const [, , ten, tenThirty, eleven, elevenThirty] = APPOINTMENT_STATUSES.map((s) => byStatus.get(s)!);
      expect(await search([`gt${dayOf(day1)}T10:00:00Z`, `lt${dayOf(day2)}`])).toEqual(
        [tenThirty, eleven, elevenThirty].sort(),
      );
      expect(await search([`le${dayOf(day1)}T10:00:00Z`])).toEqual(
        [byStatus.get('pending')!, byStatus.get('confirmed')!, ten].sort(),
      );
      expect(await search([`ge${dayOf(day1)}T11:00:00+00:00`, `lt${dayOf(day1)}T11:30:00Z`])).toEqual([eleven]);
      // A range that cannot match anything is an empty Bundle, not an error.
      expect(await search([`ge${dayOf(day2)}`, `lt${dayOf(day1)}`])).toEqual([]);
    });

    it('searches by status (comma-separated: any of them), also with the other parameters', async () => {
      const search = async (query: Record<string, string | string[]>) =>
        ids(
          (await fhir('Appointment', admin, { patient: `Patient/${patient1.user.patientId}`, ...query }))
            .body as Bundle,
        );
      expect(await search({ status: 'booked' })).toEqual([byStatus.get('confirmed')!]);
      expect(await search({ status: 'cancelled,noshow' })).toEqual(
        [byStatus.get('cancelled')!, byStatus.get('no_show')!].sort(),
      );
      expect(await search({ status: 'proposed' })).toEqual([]);
      expect(await search({ status: 'pending', date: [`ge${dayOf(day1)}`, `lt${dayOf(day2)}`] })).toEqual([
        byStatus.get('pending')!,
      ]);
      expect(
        await search({ status: 'pending', practitioner: `Practitioner/${doctorB.user.doctorId}`, date: dayOf(day3) }),
      ).toEqual([p1WithB]);
    });

    it('pages with _count and next links until every match was seen once', async () => {
      const first = (await fhir('Appointment', admin, { practitioner: doctorA.user.doctorId!, _count: '3' }))
        .body as Bundle;
      expect(first.total).toBe(7);
      expect(first.entry).toHaveLength(3);
      const seen = ids(first);
      let next = first.link.find((link) => link.relation === 'next')?.url;
      let pages = 1;
      while (next) {
        expect(next.startsWith(`${t.url}${BASE}/Appointment?`)).toBe(true);
        const page = (await fhir(next, admin)).body as Bundle;
        seen.push(...ids(page));
        next = page.link.find((link) => link.relation === 'next')?.url;
        pages += 1;
      }
      expect(pages).toBe(3);
      expect(seen.sort()).toEqual([...byStatus.values(), p2WithA].sort());
      // Earliest start first.
      const starts = first.entry.map((entry) => String(entry.resource.start));
      expect([...starts].sort()).toEqual(starts);
    });

    it('shows each caller only what they may see: a search into someone else is an empty Bundle', async () => {
      expect(ids((await fhir('Appointment', patient1)).body as Bundle)).toEqual([...byStatus.values(), p1WithB].sort());
      expect(ids((await fhir('Appointment', patient2)).body as Bundle)).toEqual([p2WithA, p2WithB].sort());
      const intoOther = (await fhir('Appointment', patient2, { patient: `Patient/${patient1.user.patientId}` }))
        .body as Bundle;
      expect(intoOther).toMatchObject({ total: 0 });
      expect(intoOther.entry).toEqual([]);
      expect(ids((await fhir('Appointment', doctorA)).body as Bundle)).toEqual([...byStatus.values(), p2WithA].sort());
      expect(ids((await fhir('Appointment', doctorB)).body as Bundle)).toEqual([p2WithB, p1WithB].sort());
      expect(
        ids(
          (await fhir('Appointment', doctorB, { practitioner: `Practitioner/${doctorA.user.doctorId}` }))
            .body as Bundle,
        ),
      ).toEqual([]);
      expect(ids((await fhir('Appointment', admin)).body as Bundle)).toHaveLength(9);
    });

    it('answers bad search parameters with 400 OperationOutcome invalid', async () => {
      const queries: Record<string, string>[] = [
        { date: `ne${dayOf(day1)}` },
        { date: 'yesterday' },
        { date: `${dayOf(day1)}T10:00` },
        { date: '2026-02-30' },
        { status: 'booked,confirmed' },
        { patient: 'Patient/42' },
        { practitioner: `Patient/${doctorA.user.doctorId}` },
        { _count: '0' },
        { _count: '101' },
        { _offset: '-1' },
        { subject: 'Patient/x' },
      ];
      for (const query of queries) {
        const res = await fhir('Appointment', admin, query);
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        expect((res.body as Outcome).issue[0].code).toBe('invalid');
      }
      const malformed = await fhir('Appointment/not-a-uuid', admin);
      expect(malformed.status).toBe(400);
      expect((malformed.body as Outcome).issue[0].code).toBe('invalid');
    });

    it('answers a resource type it does not serve with 404 OperationOutcome not-found', async () => {
      const res = await fhir('Observation', admin);
      expect(res.status).toBe(404);
      expect((res.body as Outcome).issue[0]).toMatchObject({
        code: 'not-found',
        details: { coding: [{ code: 'ROUTE_NOT_FOUND' }] },
      });
      // Outside the FHIR base, errors keep the REST shape.
      const rest = await request(t.url).get('/api/v1/nothing-here').set(admin.auth).expect(404);
      expect(rest.body).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
    });
  });

  describe('Patient and Practitioner', () => {
    it('reads a patient for themself, their doctors and admin; 404 not-found for anyone else', async () => {
      const path = `Patient/${patient1.user.patientId}`;
      for (const session of [patient1, doctorA, doctorB, admin]) {
        // doctor B has an appointment with patient 1 too (day 3).
        const res = await fhir(path, session);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          resourceType: 'Patient',
          id: patient1.user.patientId,
          name: [{ text: 'Jonas Weber' }],
          telecom: [
            { system: 'email', value: patient1.user.email },
            { system: 'phone', value: '+49 30 1234567' },
          ],
        });
      }
      const other = await fhir(`Patient/${patient2.user.patientId}`, patient1);
      expect(other.status).toBe(404);
      expect((other.body as Outcome).issue[0]).toMatchObject({ code: 'not-found' });
      const lonely = await registerPatient(t);
      expect((await fhir(`Patient/${lonely.user.patientId}`, doctorA)).status).toBe(404);
    });

    it('audits a FHIR Patient read like GET /patients/:id, refusals included', async () => {
      const auditOf = async (requestId: string) =>
        t.dataSource.query<{ action: string; outcome: string; patient_id: string }[]>(
          'SELECT action, outcome, patient_id FROM audit_events WHERE request_id = $1',
          [requestId],
        );
      await request(t.url)
        .get(`${BASE}/Patient/${patient1.user.patientId}`)
        .set({ ...doctorA.auth, 'X-Request-Id': 'fhir-audit-allowed' })
        .expect(200);
      expect(await auditOf('fhir-audit-allowed')).toEqual([
        { action: 'patient.read', outcome: 'allowed', patient_id: patient1.user.patientId },
      ]);
      await request(t.url)
        .get(`${BASE}/Patient/${patient1.user.patientId}`)
        .set({ ...patient2.auth, 'X-Request-Id': 'fhir-audit-denied' })
        .expect(404);
      expect(await auditOf('fhir-audit-denied')).toEqual([
        { action: 'patient.read', outcome: 'denied', patient_id: patient1.user.patientId },
      ]);
    });

    it('reads a practitioner for every signed-in caller', async () => {
      for (const session of [patient1, patient2, doctorB, admin]) {
        const res = await fhir(`Practitioner/${doctorA.user.doctorId}`, session);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          resourceType: 'Practitioner',
          id: doctorA.user.doctorId,
          name: [{ text: 'Amara Okafor' }],
          qualification: [{ code: { text: 'Cardiology' } }],
        });
      }
      const unknown = await fhir('Practitioner/00000000-0000-4000-8000-000000000000', patient1);
      expect(unknown.status).toBe(404);
      expect((unknown.body as Outcome).issue[0].details?.coding?.[0].code).toBe('DOCTOR_NOT_FOUND');
    });
  });

  describe('Schedule and Slot', () => {
    it('finds the one Schedule of a doctor by actor', async () => {
      const bundle = (await fhir('Schedule', patient2, { actor: `Practitioner/${doctorA.user.doctorId}` }))
        .body as Bundle;
      expect(bundle.total).toBe(1);
      expect(bundle.entry[0].resource).toMatchObject({
        resourceType: 'Schedule',
        id: doctorA.user.doctorId,
        actor: [{ reference: `Practitioner/${doctorA.user.doctorId}` }],
        comment: expect.stringContaining('Mon 09:00–17:00'),
      });
      const unknown = (await fhir('Schedule', patient2, { actor: 'Practitioner/00000000-0000-4000-8000-000000000000' }))
        .body as Bundle;
      expect(unknown).toMatchObject({ total: 0, entry: [] });
      expect((await fhir('Schedule', patient2)).status).toBe(400);
      expect((await fhir('Schedule', patient2, { actor: `Patient/${patient2.user.patientId}` })).status).toBe(400);
    });

    it('lists the free slots GET /doctors/:id/slots gives the same caller for the same range', async () => {
      const from = at(day3, '00:00');
      const to = at(weekdayAfter(day3, 1), '00:00');
      const slotsOf = async (session: Session) => {
        const rest = await request(t.url)
          .get(`/api/v1/doctors/${doctorA.user.doctorId}/slots`)
          .query({ from, to })
          .set(session.auth)
          .expect(200);
        const bundle = (
          await fhir('Slot', session, {
            schedule: `Schedule/${doctorA.user.doctorId}`,
            start: [`ge${from}`, `lt${to}`],
            status: 'free',
            _count: '100',
          })
        ).body as Bundle;
        expect(bundle.total).toBe(bundle.entry.length);
        for (const entry of bundle.entry) {
          expect(entry.resource).toMatchObject({
            status: 'free',
            schedule: { reference: `Schedule/${doctorA.user.doctorId}` },
          });
        }
        return {
          rest: (rest.body as { slots: { startsAt: string; endsAt: string }[] }).slots.map(
            (slot) => `${noMillis(slot.startsAt)}/${noMillis(slot.endsAt)}`,
          ),
          fhir: bundle.entry.map((entry) => `${String(entry.resource.start)}/${String(entry.resource.end)}`),
        };
      };
      const forPatient = await slotsOf(patient1);
      const forAdmin = await slotsOf(admin);
      expect(forPatient.fhir).toEqual(forPatient.rest);
      expect(forAdmin.fhir).toEqual(forAdmin.rest);
      // Patient 1 is with doctor B at 10:00 on day 3: that slot is theirs to miss, not the admin's.
      expect(forAdmin.rest).toContain(`${noMillis(at(day3, '10:00'))}/${noMillis(at(day3, '10:30'))}`);
      expect(forPatient.rest).not.toContain(`${noMillis(at(day3, '10:00'))}/${noMillis(at(day3, '10:30'))}`);
      expect(forAdmin.rest.length).toBe(16);
    });

    it('finds nothing for another status or an unknown schedule, and refuses ranges the REST route refuses', async () => {
      const schedule = `Schedule/${doctorA.user.doctorId}`;
      const busy = (await fhir('Slot', admin, { schedule, status: 'busy' })).body as Bundle;
      expect(busy).toMatchObject({ total: 0 });
      const unknown = (
        await fhir('Slot', admin, { schedule: 'Schedule/00000000-0000-4000-8000-000000000000', start: dayOf(day1) })
      ).body as Bundle;
      expect(unknown).toMatchObject({ total: 0 });
      const tooLong = await fhir('Slot', admin, {
        schedule,
        start: [`ge${dayOf(day1)}`, `lt${dayOf(weekdayAfter(day1, 30))}`],
      });
      expect(tooLong.status).toBe(400);
      expect((tooLong.body as Outcome).issue[0]).toMatchObject({
        code: 'invalid',
        details: { coding: [{ code: 'RANGE_TOO_LARGE' }] },
      });
      expect((await fhir('Slot', admin, { schedule, status: 'open' })).status).toBe(400);
      expect((await fhir('Slot', admin)).status).toBe(400);
      // A day's slots by eq: 16 half hours from 09:00 (doctor A has nothing on day 3).
      const day = (await fhir('Slot', admin, { schedule, start: dayOf(day3) })).body as Bundle;
      expect(day.total).toBe(16);
      expect(day.entry).toHaveLength(16);
    });
  });

  describe('without a token', () => {
    it('answers 401 OperationOutcome login on every route but metadata', async () => {
      for (const path of [
        `Appointment/${byStatus.get('pending')!}`,
        'Appointment',
        `Patient/${patient1.user.patientId}`,
        `Practitioner/${doctorA.user.doctorId}`,
        `Schedule?actor=Practitioner/${doctorA.user.doctorId}`,
        `Slot?schedule=Schedule/${doctorA.user.doctorId}`,
      ]) {
        const res = await fhir(path);
        expect({ path, status: res.status }).toEqual({ path, status: 401 });
        expect((res.body as Outcome).issue[0]).toMatchObject({ severity: 'error', code: 'login' });
        expect(JSON.stringify(res.body)).not.toContain('Jonas');
      }
    });
  });
});
