import fc from 'fast-check';
import request from 'supertest';
import { at, book, nextWeekday, SlotClock, weekdayAfter } from '../support/appointments';
import { registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { doctorChanges, doctorStatus, statusChange, timeOff, weeklyHours, withOffset } from './support/bodies';
import { text, type Json } from './support/fuzz';
import {
  checkMutatedBodies,
  checkValidBodies,
  expectUnpollutedPrototypes,
  fill,
  type RouteCase,
} from './support/route-cases';

/** A start on a small grid of future weekday times (09:00–16:45 UTC), written with one of several offsets. */
const gridStart: fc.Arbitrary<string> = fc
  .record({
    day: fc.integer({ min: 0, max: 4 }),
    quarter: fc.integer({ min: 0, max: 31 }),
    offset: fc.constantFrom('Z', '+02:00', '-05:30'),
  })
  .map(({ day, quarter, offset }) => {
    const first = nextWeekday(7);
    const minutes = 9 * 60 + quarter * 15;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return withOffset(new Date(at(weekdayAfter(first, day), time)), offset);
  });

const duration = fc.integer({ min: 1, max: 24 }).map((n) => n * 5);

/** `$doctor` and `$self` stand for the booked doctor and the booking patient. */
const booking: fc.Arbitrary<Json> = fc.record(
  {
    doctorId: fc.constant('$doctor'),
    startsAt: gridStart,
    durationMinutes: duration,
    reason: text(1, 1000),
    patientId: fc.constant('$self'),
  },
  { requiredKeys: ['doctorId', 'startsAt'] },
);

const appointmentChanges: fc.Arbitrary<Json> = fc.record(
  {
    startsAt: gridStart,
    durationMinutes: duration,
    reason: fc.option(text(1, 1000), { nil: null }),
    notes: fc.option(text(1, 5000), { nil: null }),
  },
  { requiredKeys: [] },
);

/**
 * Property-based: every POST/PATCH/PUT route of doctors, availability and appointments, fed valid and mutated
 * bodies, never answers 5xx, answers only its documented statuses, and always in the contract's error shape.
 */
describe('Request bodies of doctors, availability and appointments (property-based, e2e)', () => {
  let t: TestApp;
  let patient: Session;
  let doctor: Session;
  let profileDoctor: Session;
  let statusDoctor: Session;
  let statusPatient: Session;
  let editedId: string;
  const statusSlots = new SlotClock(nextWeekday(40));
  const api = (path: string) => `/api/v1${path}`;

  beforeAll(async () => {
    t = await startTestApp({ MAX_ACTIVE_BOOKINGS_PER_PATIENT: '1000' });
    patient = await registerPatient(t);
    doctor = await registerDoctor(t);
    profileDoctor = await registerDoctor(t);
    statusDoctor = await registerDoctor(t);
    statusPatient = await registerPatient(t);
    const edited = await book(t, patient, {
      doctorId: doctor.user.doctorId,
      startsAt: new SlotClock(nextWeekday(20)).next(),
    });
    editedId = edited.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const cases: RouteCase[] = [
    {
      route: 'PATCH /doctors/:id',
      method: 'patch',
      statuses: [200, 401, 403, 404, 409],
      validStatuses: [200],
      valid: doctorChanges,
      target: async () => ({ path: api(`/doctors/${profileDoctor.user.doctorId}`), session: profileDoctor }),
    },
    {
      route: 'PUT /doctors/:id/schedule',
      method: 'put',
      statuses: [200, 401, 403, 404],
      validStatuses: [200],
      valid: weeklyHours,
      target: async () => ({ path: api(`/doctors/${profileDoctor.user.doctorId}/schedule`), session: profileDoctor }),
    },
    {
      route: 'POST /doctors/:id/time-off',
      method: 'post',
      statuses: [201, 401, 403, 404],
      validStatuses: [201],
      valid: timeOff,
      target: async () => ({ path: api(`/doctors/${profileDoctor.user.doctorId}/time-off`), session: profileDoctor }),
    },
    {
      route: 'PUT /doctors/me/status',
      method: 'put',
      statuses: [200, 401, 403],
      validStatuses: [200],
      valid: doctorStatus,
      target: async () => ({ path: api('/doctors/me/status'), session: doctor }),
    },
    {
      route: 'POST /appointments',
      method: 'post',
      statuses: [201, 401, 403, 404, 409, 422, 429],
      validStatuses: [201, 409, 422],
      valid: booking,
      target: async (valid) => ({
        path: api('/appointments'),
        session: patient,
        body: fill(valid, { $doctor: doctor.user.doctorId!, $self: patient.user.patientId! }),
      }),
    },
    {
      route: 'PATCH /appointments/:id',
      method: 'patch',
      statuses: [200, 401, 403, 404, 409, 422, 429],
      validStatuses: [200, 409, 422],
      valid: appointmentChanges,
      target: async () => ({ path: api(`/appointments/${editedId}`), session: doctor }),
    },
    {
      route: 'PATCH /appointments/:id/status',
      method: 'patch',
      statuses: [200, 401, 403, 404, 409, 429],
      validStatuses: [200, 409],
      valid: statusChange,
      // A new pending appointment per run, so every move starts from the same place.
      target: async () => {
        const fresh = await book(t, statusPatient, {
          doctorId: statusDoctor.user.doctorId,
          startsAt: statusSlots.next(),
        });
        return { path: api(`/appointments/${fresh.id}/status`), session: statusDoctor };
      },
    },
  ];

  describe.each(cases.map((c) => [c.route, c] as const))('%s', (_route, c) => {
    it('answers valid bodies with success or a business answer', async () => {
      await checkValidBodies(t, c);
    });

    it('answers mutated bodies with a documented status in the error shape, never a 5xx', async () => {
      await checkMutatedBodies(t, c);
    });
  });

  it('keeps Object.prototype clean and the server up after all of it', async () => {
    expectUnpollutedPrototypes();
    await request(t.url).get('/health/live').expect(200);
  });
});
