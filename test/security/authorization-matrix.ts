import type { HttpMethod } from './route-inventory';
import type { Caller, SecurityWorld } from './security-world';

/** What a call sends; `params` fill the `:name` placeholders of the path. */
export interface RouteCall {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: Record<string, unknown>;
}

/**
 * One row of the matrix: the exact status each caller gets. Path ids are patient A's (or the related doctor's)
 * unless the row says otherwise; `call` runs once per caller, so rows that change or remove what they touch make a
 * fresh object each time and every expectation holds whatever ran before.
 */
export interface MatrixEntry {
  method: HttpMethod;
  path: string;
  expect: Record<Caller, number>;
  call?: (w: SecurityWorld, caller: Caller) => RouteCall | Promise<RouteCall>;
}

const A = (w: SecurityWorld) => w.patientA.patientId!;
const D = (w: SecurityWorld) => w.relatedDoctor.doctorId!;

/**
 * Who may do what. Callers: patient A; patient B; the related doctor (has an appointment with A and wrote A's
 * record); an unrelated doctor (has an appointment with B only); the admin; an anonymous caller.
 */
export const AUTHORIZATION_MATRIX: MatrixEntry[] = [
  // Health probes and the ways to get a token are public.
  {
    method: 'GET',
    path: '/health/live',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 200 },
  },
  {
    method: 'GET',
    path: '/health/ready',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 200 },
  },
  {
    method: 'POST',
    path: '/api/v1/auth/register',
    expect: { patientA: 201, patientB: 201, relatedDoctor: 201, unrelatedDoctor: 201, admin: 201, anonymous: 201 },
    call: (w) => ({
      body: {
        email: `${w.unique('new')}@example.test`,
        password: 'a-good-password-1',
        fullName: 'New Patient',
        role: 'patient',
      },
    }),
  },
  {
    method: 'POST',
    path: '/api/v1/auth/login',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 200 },
    call: async (w) => {
      const { email, password } = await w.freshLogin();
      return { body: { email, password } };
    },
  },
  {
    method: 'POST',
    path: '/api/v1/auth/refresh',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 200 },
    call: async (w) => ({ body: { refreshToken: (await w.freshLogin()).refreshToken } }),
  },
  // Only the owner of a refresh token may end its login: anyone else's token answers 401 INVALID_TOKEN.
  {
    method: 'POST',
    path: '/api/v1/auth/logout',
    expect: { patientA: 204, patientB: 401, relatedDoctor: 401, unrelatedDoctor: 401, admin: 401, anonymous: 401 },
    call: async (w) => ({ body: { refreshToken: await w.freshRefreshTokenOfA() } }),
  },
  {
    method: 'GET',
    path: '/api/v1/auth/me',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
  },

  // Accounts: self or admin; everyone else cannot tell the account exists.
  {
    method: 'GET',
    path: '/api/v1/users',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 403, unrelatedDoctor: 403, admin: 200, anonymous: 401 },
  },
  {
    method: 'GET',
    path: '/api/v1/users/:id',
    expect: { patientA: 200, patientB: 404, relatedDoctor: 404, unrelatedDoctor: 404, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: w.patientA.id } }),
  },
  {
    method: 'PATCH',
    path: '/api/v1/users/:id',
    expect: { patientA: 200, patientB: 404, relatedDoctor: 404, unrelatedDoctor: 404, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: w.patientA.id }, body: { phone: '+44 20 7946 0000' } }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/users/:id',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 403, unrelatedDoctor: 403, admin: 204, anonymous: 401 },
    call: async (w) => ({ params: { id: await w.freshPatientUserId() } }),
  },
  // Changing a password ends every session of the caller, so the matrix sends a wrong current password: 422 shows
  // the call got past authorization without logging anybody out.
  {
    method: 'POST',
    path: '/api/v1/users/me/password',
    expect: { patientA: 422, patientB: 422, relatedDoctor: 422, unrelatedDoctor: 422, admin: 422, anonymous: 401 },
    call: () => ({ body: { currentPassword: 'not-the-password', newPassword: 'another-password-2' } }),
  },

  // Patients: the patient, a doctor they have an appointment with, admin; anyone else gets 404.
  {
    method: 'GET',
    path: '/api/v1/patients',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
  },
  {
    method: 'GET',
    path: '/api/v1/patients/me',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 403, unrelatedDoctor: 403, admin: 403, anonymous: 401 },
  },
  {
    method: 'GET',
    path: '/api/v1/patients/:id',
    expect: { patientA: 200, patientB: 404, relatedDoctor: 200, unrelatedDoctor: 404, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: A(w) } }),
  },
  {
    method: 'PATCH',
    path: '/api/v1/patients/:id',
    expect: { patientA: 200, patientB: 404, relatedDoctor: 403, unrelatedDoctor: 404, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: A(w) }, body: { address: '1 Harbour Street' } }),
  },
  {
    method: 'GET',
    path: '/api/v1/patients/:id/appointments',
    expect: { patientA: 200, patientB: 404, relatedDoctor: 200, unrelatedDoctor: 404, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: A(w) } }),
  },
  {
    method: 'GET',
    path: '/api/v1/patients/:id/records',
    expect: { patientA: 200, patientB: 404, relatedDoctor: 200, unrelatedDoctor: 404, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: A(w) } }),
  },
  // Only a doctor with an appointment with the patient writes records: patients and admins 403.
  {
    method: 'POST',
    path: '/api/v1/patients/:id/records',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 201, unrelatedDoctor: 404, admin: 403, anonymous: 401 },
    call: (w) => ({ params: { id: A(w) }, body: { diagnosis: 'Seasonal rhinitis', prescriptions: ['Cetirizine'] } }),
  },
  {
    method: 'GET',
    path: '/api/v1/patients/:id/records/:recordId',
    expect: { patientA: 200, patientB: 404, relatedDoctor: 200, unrelatedDoctor: 404, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: A(w), recordId: w.recordOfA.id } }),
  },
  // Only the author edits a record; others who may see the patient get 403, the rest 404.
  {
    method: 'PATCH',
    path: '/api/v1/patients/:id/records/:recordId',
    expect: { patientA: 403, patientB: 404, relatedDoctor: 200, unrelatedDoctor: 404, admin: 403, anonymous: 401 },
    call: (w) => ({ params: { id: A(w), recordId: w.recordOfA.id }, body: { notes: 'Rate controlled.' } }),
  },

  // The audit log is the admin's.
  {
    method: 'GET',
    path: '/api/v1/audit-events',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 403, unrelatedDoctor: 403, admin: 200, anonymous: 401 },
  },
  // The background jobs are the admin's too.
  {
    method: 'GET',
    path: '/api/v1/jobs',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 403, unrelatedDoctor: 403, admin: 200, anonymous: 401 },
    call: () => ({ query: { status: 'succeeded', kind: 'appointment.reminder' } }),
  },

  // Doctors: the directory is for every signed-in caller; a profile, its week and its time off are the doctor's.
  {
    method: 'GET',
    path: '/api/v1/doctors',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
  },
  {
    method: 'GET',
    path: '/api/v1/doctors/specializations',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
  },
  {
    method: 'GET',
    path: '/api/v1/doctors/me',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 200, unrelatedDoctor: 200, admin: 403, anonymous: 401 },
  },
  {
    method: 'GET',
    path: '/api/v1/doctors/:id',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: D(w) } }),
  },
  {
    method: 'PATCH',
    path: '/api/v1/doctors/:id',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 200, unrelatedDoctor: 403, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: D(w) }, body: { bio: 'Cardiology, twenty years.' } }),
  },
  {
    method: 'GET',
    path: '/api/v1/doctors/:id/schedule',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: D(w) } }),
  },
  {
    method: 'PUT',
    path: '/api/v1/doctors/:id/schedule',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 200, unrelatedDoctor: 403, admin: 200, anonymous: 401 },
    call: (w) => ({
      params: { id: D(w) },
      body: {
        weeklyHours: [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, startTime: '09:00', endTime: '17:00' })),
      },
    }),
  },
  {
    method: 'GET',
    path: '/api/v1/doctors/:id/slots',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
    call: (w) => {
      const from = w.slots.next();
      return { params: { id: D(w) }, query: { from, to: new Date(Date.parse(from) + 86_400_000).toISOString() } };
    },
  },
  {
    method: 'GET',
    path: '/api/v1/doctors/:id/time-off',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 200, unrelatedDoctor: 403, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: D(w) } }),
  },
  {
    method: 'POST',
    path: '/api/v1/doctors/:id/time-off',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 201, unrelatedDoctor: 403, admin: 201, anonymous: 401 },
    call: (w) => ({ params: { id: D(w) }, body: w.timeOffBody() }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/doctors/:id/time-off/:timeOffId',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 204, unrelatedDoctor: 403, admin: 204, anonymous: 401 },
    call: async (w) => ({ params: { id: D(w), timeOffId: await w.freshTimeOff() } }),
  },
  // A doctor's appointments: everyone may ask, each sees only their own share (patient B and the unrelated
  // doctor get an empty page; the leak scan proves it).
  {
    method: 'GET',
    path: '/api/v1/doctors/:id/appointments',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: D(w) } }),
  },
  {
    method: 'GET',
    path: '/api/v1/doctors/:id/status',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: D(w) } }),
  },
  {
    method: 'PUT',
    path: '/api/v1/doctors/me/status',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 200, unrelatedDoctor: 200, admin: 403, anonymous: 401 },
    call: () => ({ body: { status: 'busy' } }),
  },

  // Booking rules: anyone signed in may read a doctor's; only that doctor or an admin may change them.
  {
    method: 'GET',
    path: '/api/v1/doctors/:id/booking-policy',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: D(w) } }),
  },
  {
    method: 'PUT',
    path: '/api/v1/doctors/:id/booking-policy',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 200, unrelatedDoctor: 403, admin: 200, anonymous: 401 },
    // The defaults: the rows after this one book as if no policy had been set.
    call: (w) => ({ params: { id: D(w) }, body: {} }),
  },
  // Why a time is (not) bookable, and each doctor's earliest free slot: for anyone signed in, for themself.
  {
    method: 'GET',
    path: '/api/v1/doctors/:id/availability/explain',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: D(w) }, query: { startsAt: w.slots.next() } }),
  },
  {
    method: 'GET',
    path: '/api/v1/slots',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
    call: () => ({ query: { limit: '5' } }),
  },
  // Holds: a patient's, for themself; a hold that is not the caller's does not exist for them.
  {
    method: 'POST',
    path: '/api/v1/appointments/holds',
    expect: { patientA: 201, patientB: 201, relatedDoctor: 403, unrelatedDoctor: 403, admin: 403, anonymous: 401 },
    call: (w) => ({ body: { doctorId: D(w), startsAt: w.slots.next() } }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/appointments/holds/:id',
    expect: { patientA: 204, patientB: 404, relatedDoctor: 403, unrelatedDoctor: 403, admin: 403, anonymous: 401 },
    call: async (w) => ({ params: { id: await w.freshHoldOfA() } }),
  },

  // The waitlist: a patient joins for themself; each sees their own (a doctor theirs); its patient or admin leaves.
  // A doctor's list names who waits for their time (the contract's "a doctor: theirs"), so each patient here waits
  // for a doctor they have an appointment with: B for the unrelated doctor, who may see B anyway.
  {
    method: 'POST',
    path: '/api/v1/waitlist',
    expect: { patientA: 201, patientB: 201, relatedDoctor: 403, unrelatedDoctor: 403, admin: 403, anonymous: 401 },
    call: (w, caller) => ({ body: w.waitlistBody(caller === 'patientB' ? w.unrelatedDoctorId : undefined) }),
  },
  {
    method: 'GET',
    path: '/api/v1/waitlist',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
  },
  {
    method: 'DELETE',
    path: '/api/v1/waitlist/:id',
    expect: { patientA: 204, patientB: 404, relatedDoctor: 403, unrelatedDoctor: 404, admin: 204, anonymous: 401 },
    call: async (w) => ({ params: { id: await w.freshWaitlistEntryOfA() } }),
  },

  // Appointments: its patient, its doctor, admin; anyone else 404.
  {
    method: 'GET',
    path: '/api/v1/appointments',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
  },
  // Booking A with the related doctor: a patient only for themself, a doctor only with themself.
  {
    method: 'POST',
    path: '/api/v1/appointments',
    expect: { patientA: 201, patientB: 403, relatedDoctor: 201, unrelatedDoctor: 403, admin: 201, anonymous: 401 },
    call: (w) => ({ body: { doctorId: D(w), patientId: A(w), startsAt: w.slots.next() } }),
  },
  // A series as a booking: a patient only for themself, a doctor only with themself (each call its own times).
  {
    method: 'POST',
    path: '/api/v1/appointments/series',
    expect: { patientA: 201, patientB: 403, relatedDoctor: 201, unrelatedDoctor: 403, admin: 201, anonymous: 401 },
    call: (w) => ({
      body: {
        doctorId: D(w),
        patientId: A(w),
        startsAt: w.seriesSlots.next(),
        recurrence: { frequency: 'weekly', interval: 4, count: 2 },
      },
    }),
  },
  // Cancelling the rest of a series as cancelling one: its patient, its doctor, admin; anyone else 404.
  {
    method: 'POST',
    path: '/api/v1/appointments/series/:seriesId/cancel',
    expect: { patientA: 200, patientB: 404, relatedDoctor: 200, unrelatedDoctor: 404, admin: 200, anonymous: 401 },
    call: async (w) => ({ params: { seriesId: await w.freshSeriesOfA() }, body: { reason: 'Treatment finished' } }),
  },
  {
    method: 'GET',
    path: '/api/v1/appointments/:id',
    expect: { patientA: 200, patientB: 404, relatedDoctor: 200, unrelatedDoctor: 404, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: w.appointmentOfA.id } }),
  },
  {
    method: 'PATCH',
    path: '/api/v1/appointments/:id',
    expect: { patientA: 200, patientB: 404, relatedDoctor: 200, unrelatedDoctor: 404, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: w.appointmentOfA.id }, body: { reason: 'Follow-up of the chest pain' } }),
  },
  // Confirming is the doctor's (or admin's) move: the patient may see the appointment but not make it.
  {
    method: 'PATCH',
    path: '/api/v1/appointments/:id/status',
    expect: { patientA: 403, patientB: 404, relatedDoctor: 200, unrelatedDoctor: 404, admin: 200, anonymous: 401 },
    call: async (w) => ({ params: { id: await w.freshAppointmentOfA() }, body: { status: 'confirmed' } }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/appointments/:id',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 403, unrelatedDoctor: 403, admin: 204, anonymous: 401 },
    call: async (w) => ({ params: { id: await w.freshAppointmentOfA() } }),
  },

  // FHIR R4: the metadata is public; reads follow the REST rules (404 for what the caller may not see); searches
  // answer everyone signed in with what they may see (patient B and the unrelated doctor: an empty Bundle).
  {
    method: 'GET',
    path: '/api/v1/fhir/R4/metadata',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 200 },
  },
  {
    method: 'GET',
    path: '/api/v1/fhir/R4/Appointment/:id',
    expect: { patientA: 200, patientB: 404, relatedDoctor: 200, unrelatedDoctor: 404, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: w.appointmentOfA.id } }),
  },
  {
    method: 'GET',
    path: '/api/v1/fhir/R4/Appointment',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
    call: (w) => ({ query: { practitioner: `Practitioner/${D(w)}` } }),
  },
  {
    method: 'GET',
    path: '/api/v1/fhir/R4/Patient/:id',
    expect: { patientA: 200, patientB: 404, relatedDoctor: 200, unrelatedDoctor: 404, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: A(w) } }),
  },
  {
    method: 'GET',
    path: '/api/v1/fhir/R4/Practitioner/:id',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
    call: (w) => ({ params: { id: D(w) } }),
  },
  {
    method: 'GET',
    path: '/api/v1/fhir/R4/Schedule',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
    call: (w) => ({ query: { actor: `Practitioner/${D(w)}` } }),
  },
  {
    method: 'GET',
    path: '/api/v1/fhir/R4/Slot',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
    call: (w) => ({ query: { schedule: `Schedule/${D(w)}`, start: w.slots.next().slice(0, 10) } }),
  },

  // Notifications: each user their own inbox; messages and broadcasts are the admin's.
  {
    method: 'GET',
    path: '/api/v1/notifications',
    expect: { patientA: 200, patientB: 200, relatedDoctor: 200, unrelatedDoctor: 200, admin: 200, anonymous: 401 },
  },
  {
    method: 'POST',
    path: '/api/v1/notifications',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 403, unrelatedDoctor: 403, admin: 201, anonymous: 401 },
    call: (w) => ({ body: { userId: w.patientA.id, title: 'Reminder', body: 'Bring your previous results.' } }),
  },
  {
    method: 'POST',
    path: '/api/v1/notifications/broadcast',
    expect: { patientA: 403, patientB: 403, relatedDoctor: 403, unrelatedDoctor: 403, admin: 202, anonymous: 401 },
    call: () => ({ body: { title: 'Closed on Monday', body: 'The clinic is closed on Monday.', role: 'admin' } }),
  },
  {
    method: 'POST',
    path: '/api/v1/notifications/read-all',
    expect: { patientA: 204, patientB: 204, relatedDoctor: 204, unrelatedDoctor: 204, admin: 204, anonymous: 401 },
  },
  {
    method: 'PATCH',
    path: '/api/v1/notifications/:id/read',
    expect: { patientA: 200, patientB: 404, relatedDoctor: 404, unrelatedDoctor: 404, admin: 404, anonymous: 401 },
    call: (w) => ({ params: { id: w.notificationOfA.id } }),
  },
];
