import type { OpenAPIObject } from '@nestjs/swagger';
import { operationsOf } from '../common/http/openapi';

/**
 * The documented examples, by operationId: what Swagger UI fills in and what integrators copy. Every one is valid
 * against its schema and the contract (`test/e2e/api-documents.e2e-spec.ts` validates each against its schema and
 * sends each request example to the running service), so they share ids and tell one story: Jonas Weber books
 * Dr Amara Okafor. Times that must lie ahead are computed from `now` each time the document is served.
 */

/** The ids the examples share (the API documents test maps them to the rows it makes from the examples). */
export const EXAMPLE_IDS = {
  jonasUser: '0b6f3c2e-5d41-4e8a-9c7b-1f2a3b4c5d6e',
  jonasPatient: '5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  amaraUser: '3c9d7e1f-2a4b-4c6d-8e0f-1a2b3c4d5e6f',
  amaraDoctor: '8d2e4f60-7a1b-4c3d-9e5f-6a7b8c9d0e1f',
  appointment: 'c4a1e8b2-6d3f-4a5e-9b7c-2d8e0f1a3b5c',
  notification: 'e7b2c9d4-1f3a-4b5c-8d6e-9f0a1b2c3d4e',
  record: 'a3d5f7b9-c1e2-4d4f-a6b8-0c2e4f6a8b0d',
  series: '6b1d3f5a-7c9e-4b2d-8f4a-6c8e0a2b4d6f',
  webhook: '2e4a6c8e-0b1d-4f3a-9c5e-7a9b1c3d5e7f',
  apiKey: '9e4c2a7f-1b3d-4f5a-8c6e-0a2b4c6d8e0f',
  waitlistEntry: '9e4c2a7b-5d1f-4a3e-8c6b-0d2f4a6c8e1b',
  waitlistHold: '2f8a6c4e-0b9d-4e7f-a1c3-5e7a9c1e3b5d',
} as const;

/** The example endpoint's first delivery (also its `webhook-id`) and the event it carries. */
const WEBHOOK_DELIVERY_ID = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';
const WEBHOOK_EVENT_ID = '4d6f8a0c-2e4b-4d6f-a8c0-e2f4a6c8e0b2';
const WEBHOOK_URL = 'https://billing.example.com/hooks/clinic';
const WEBHOOK_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw1jVbYz5dS2Q=';

/** Ids of the example series' occurrences. */
const SERIES_APPOINTMENT_IDS = [
  'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6',
  'd2e3f4a5-b6c7-4e8f-9a01-b2c3d4e5f6a7',
  'd3e4f5a6-b7c8-4f90-8b12-c3d4e5f6a7b8',
  'd4e5f6a7-b8c9-4a01-9c23-d4e5f6a7b8c9',
];

export const EXAMPLE_LOGIN = { email: 'jonas.weber@example.com', password: 'correct-horse-battery' };
const TOKEN_TAIL = 'eyJzdWIiOiIwYjZmM2MyZSJ9.5pWgMm3bQ8i8b3lYbq1vFf0yXo9R1lJc4nV0o2t6Q7k';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The example API key as listed (never with the key itself). */
const API_KEY_LISTED = {
  id: EXAMPLE_IDS.apiKey,
  name: 'Billing system',
  scopes: ['appointments:read', 'fhir:read'],
  prefix: 'cbk_Xq3v9LmA',
  createdAt: '2026-12-01T08:00:00.000Z',
  expiresAt: null,
  lastUsedAt: null,
};

/** The Monday at least a week after `now`, at `hour`:00 UTC: inside a new doctor's default hours, never past. */
function nextMondayAt(now: Date, hour: number): Date {
  const day = new Date(now.getTime() + 7 * DAY_MS);
  day.setUTCHours(hour, 0, 0, 0);
  while (day.getUTCDay() !== 1) {
    day.setTime(day.getTime() + DAY_MS);
  }
  return day;
}

const iso = (date: Date) => date.toISOString().replace('.000Z', 'Z');
const later = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

interface Example {
  summary: string;
  value: unknown;
}
interface OperationExamples {
  request?: Record<string, Example>;
  responses?: Record<string, Record<string, Example>>;
}

function error(statusCode: number, code: string, message: string, path: string, extra: object = {}) {
  const reasons: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    409: 'Conflict',
    422: 'Unprocessable Entity',
  };
  return {
    statusCode,
    error: reasons[statusCode],
    code,
    message,
    ...extra,
    path,
    timestamp: '2026-12-01T08:15:02.114Z',
    requestId: '3f2c7a4e-9b1d-4c55-8a47-0f5c2e8b9d10',
  };
}

function user(role: 'patient' | 'doctor') {
  const patient = role === 'patient';
  return {
    id: patient ? EXAMPLE_IDS.jonasUser : EXAMPLE_IDS.amaraUser,
    email: patient ? EXAMPLE_LOGIN.email : 'amara.okafor@clinic.example',
    fullName: patient ? 'Jonas Weber' : 'Dr Amara Okafor',
    role,
    phone: patient ? '+49 151 2345678' : null,
    isActive: true,
    patientId: patient ? EXAMPLE_IDS.jonasPatient : null,
    doctorId: patient ? null : EXAMPLE_IDS.amaraDoctor,
    createdAt: '2026-11-20T09:12:44.512Z',
    updatedAt: '2026-11-20T09:12:44.512Z',
  };
}

/** The refresh token the examples show (the test maps it to a real one). */
export const EXAMPLE_REFRESH_TOKEN = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${TOKEN_TAIL.split('').reverse().join('')}`;

function tokens(role: 'patient' | 'doctor') {
  return {
    accessToken: `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${TOKEN_TAIL}`,
    refreshToken: EXAMPLE_REFRESH_TOKEN,
    tokenType: 'Bearer',
    expiresIn: 900,
    user: user(role),
  };
}

function appointment(startsAt: Date, status: string) {
  return {
    id: EXAMPLE_IDS.appointment,
    patientId: EXAMPLE_IDS.jonasPatient,
    doctorId: EXAMPLE_IDS.amaraDoctor,
    startsAt: startsAt.toISOString(),
    endsAt: later(startsAt, 30).toISOString(),
    durationMinutes: 30,
    status,
    reason: 'Follow-up after blood test',
    notes: null,
    cancellationReason: null,
    cancelledBy: null,
    lateCancellation: false,
    seriesId: null,
    createdAt: '2026-12-01T08:15:02.114Z',
    updatedAt: '2026-12-01T08:15:02.114Z',
    patient: { id: EXAMPLE_IDS.jonasPatient, fullName: 'Jonas Weber' },
    doctor: { id: EXAMPLE_IDS.amaraDoctor, fullName: 'Dr Amara Okafor', specialization: 'Cardiology' },
  };
}

/** The example series: weekly on Wednesdays at the start's wall-clock time, booked by the doctor for Jonas. */
function seriesOf(first: Date) {
  return {
    seriesId: EXAMPLE_IDS.series,
    appointments: SERIES_APPOINTMENT_IDS.map((id, n) => ({
      ...appointment(later(first, n * 7 * 24 * 60), 'pending'),
      id,
      reason: 'Cardiac rehabilitation',
      seriesId: EXAMPLE_IDS.series,
    })),
  };
}

/** Jonas's waitlist entry for Dr Okafor's time, waiting or (with `offeredAt`) offered the half hour from then. */
function waitlistEntry(from: Date, offeredAt: Date | null) {
  return {
    id: EXAMPLE_IDS.waitlistEntry,
    patientId: EXAMPLE_IDS.jonasPatient,
    doctorId: EXAMPLE_IDS.amaraDoctor,
    from: from.toISOString(),
    to: later(from, 180).toISOString(),
    durationMinutes: 30,
    status: offeredAt ? 'offered' : 'waiting',
    offer: offeredAt
      ? {
          holdId: EXAMPLE_IDS.waitlistHold,
          startsAt: offeredAt.toISOString(),
          endsAt: later(offeredAt, 30).toISOString(),
          expiresAt: '2026-12-01T08:30:02.114Z',
        }
      : null,
    createdAt: '2026-12-01T08:15:02.114Z',
  };
}

export function documentedExamples(now: Date): Record<string, OperationExamples> {
  const start = nextMondayAt(now, 10);
  // Wednesday of the booking's week: clear of the other examples' bookings and of the time off.
  const seriesStart = later(start, 2 * 24 * 60);
  // A week after the booking's Monday, from midnight UTC.
  const away = nextMondayAt(later(start, 24 * 60), 0);
  const booked = appointment(start, 'pending');
  // Thursday of the booking's week, 09:00 UTC: a window Jonas waits in.
  const waitFrom = later(start, 3 * 24 * 60 - 60);
  return {
    register: {
      request: {
        patient: {
          summary: 'A patient (the profile may come later)',
          value: {
            ...EXAMPLE_LOGIN,
            fullName: 'Jonas Weber',
            role: 'patient',
            phone: '+49 151 2345678',
            patient: { dateOfBirth: '1984-06-21', gender: 'male', bloodType: 'A+', allergies: ['penicillin'] },
          },
        },
        doctor: {
          summary: 'A doctor, with the professional profile',
          value: {
            email: 'amara.okafor@clinic.example',
            password: 'stethoscope-2026',
            fullName: 'Dr Amara Okafor',
            role: 'doctor',
            doctor: {
              specialization: 'Cardiology',
              licenseNumber: 'GMC-7301842',
              yearsOfExperience: 12,
              timezone: 'Europe/Berlin',
            },
          },
        },
      },
      responses: {
        '201': { patient: { summary: 'The patient’s tokens and account', value: tokens('patient') } },
        '409': {
          emailTaken: {
            summary: 'The email is taken',
            value: error(409, 'EMAIL_TAKEN', 'This email is already registered', '/api/v1/auth/register'),
          },
        },
      },
    },
    login: {
      request: { patient: { summary: 'Jonas logs in', value: EXAMPLE_LOGIN } },
      responses: {
        '200': { patient: { summary: 'Tokens and the account', value: tokens('patient') } },
        '401': {
          wrong: {
            summary: 'Wrong email or password (the same answer for both)',
            value: error(401, 'INVALID_CREDENTIALS', 'Invalid email or password', '/api/v1/auth/login'),
          },
        },
      },
    },
    refreshTokens: {
      request: {
        refresh: { summary: 'The last refresh token', value: { refreshToken: EXAMPLE_REFRESH_TOKEN } },
      },
    },
    logout: {
      request: {
        logout: {
          summary: 'The refresh token of the login to end',
          value: { refreshToken: EXAMPLE_REFRESH_TOKEN },
        },
      },
    },
    changeMyPassword: {
      request: {
        change: {
          summary: 'A new password',
          value: { currentPassword: EXAMPLE_LOGIN.password, newPassword: 'staple-battery-horse' },
        },
      },
    },
    updateUser: {
      request: {
        rename: { summary: 'A new name and phone', value: { fullName: 'Jonas M. Weber', phone: '+49 151 7654321' } },
      },
    },
    updatePatient: {
      request: {
        demographics: {
          summary: 'Demographics and an emergency contact',
          value: {
            dateOfBirth: '1984-06-21',
            bloodType: 'A+',
            allergies: ['penicillin', 'latex'],
            address: 'Invalidenstraße 12, 10115 Berlin',
            emergencyContact: { name: 'Maria Weber', phone: '+49 30 1234567', relationship: 'sister' },
          },
        },
      },
    },
    createMedicalRecord: {
      request: {
        diagnosis: {
          summary: 'A diagnosis from an appointment',
          value: {
            diagnosis: 'Essential hypertension',
            icd10Code: 'I10',
            notes: 'BP 152/95 on two visits. Lifestyle advice given.',
            prescriptions: ['Ramipril 2.5 mg once daily'],
            appointmentId: EXAMPLE_IDS.appointment,
          },
        },
      },
    },
    updateMedicalRecord: {
      request: { resolve: { summary: 'Mark it resolved', value: { status: 'resolved' } } },
    },
    updateDoctor: {
      request: {
        profile: {
          summary: 'A new bio and time zone',
          value: { bio: 'Heart failure clinic on Tuesdays.', yearsOfExperience: 13, timezone: 'Europe/Berlin' },
        },
      },
    },
    replaceDoctorSchedule: {
      request: {
        week: {
          summary: 'Mornings Monday to Thursday, a long Friday',
          value: {
            timezone: 'Europe/Berlin',
            weeklyHours: [
              ...[1, 2, 3, 4].map((dayOfWeek) => ({ dayOfWeek, startTime: '08:00', endTime: '12:30' })),
              { dayOfWeek: 5, startTime: '09:00', endTime: '18:00' },
            ],
          },
        },
      },
    },
    addTimeOff: {
      request: {
        conference: {
          summary: 'Two days at a conference',
          value: {
            startsAt: iso(away),
            endsAt: iso(later(away, 2 * 24 * 60)),
            reason: 'Conference in Vienna',
          },
        },
      },
    },
    bookAppointment: {
      request: {
        patient: {
          summary: 'A patient books for themself',
          value: {
            doctorId: EXAMPLE_IDS.amaraDoctor,
            startsAt: iso(start),
            durationMinutes: 30,
            reason: 'Follow-up after blood test',
          },
        },
        forPatient: {
          summary: 'A doctor or an admin books for a patient',
          value: {
            doctorId: EXAMPLE_IDS.amaraDoctor,
            patientId: EXAMPLE_IDS.jonasPatient,
            startsAt: iso(later(start, 60)),
            durationMinutes: 45,
          },
        },
      },
      responses: {
        '201': { booked: { summary: 'Booked, waiting for the doctor to confirm', value: booked } },
        '409': {
          conflict: {
            summary: 'The time overlaps another appointment of the doctor or the patient',
            value: error(
              409,
              'APPOINTMENT_CONFLICT',
              'The time overlaps another appointment of the doctor or the patient',
              '/api/v1/appointments',
            ),
          },
        },
        '422': {
          outside: {
            summary: 'Outside the doctor’s working hours',
            value: error(422, 'OUTSIDE_WORKING_HOURS', 'The doctor does not work at that time', '/api/v1/appointments'),
          },
        },
        '400': {
          invalid: {
            summary: 'A time without an offset',
            value: error(400, 'VALIDATION_FAILED', 'The request is not valid', '/api/v1/appointments', {
              details: [
                {
                  field: 'startsAt',
                  message: 'startsAt must be an ISO 8601 date-time with an offset, such as 2030-01-07T10:00:00Z',
                },
              ],
            }),
          },
        },
      },
    },
    bookSeries: {
      request: {
        weekly: {
          summary: 'The doctor books four weekly sessions for a patient',
          value: {
            doctorId: EXAMPLE_IDS.amaraDoctor,
            patientId: EXAMPLE_IDS.jonasPatient,
            startsAt: iso(seriesStart),
            durationMinutes: 30,
            reason: 'Cardiac rehabilitation',
            recurrence: { frequency: 'weekly', interval: 1, count: 4 },
          },
        },
      },
      responses: {
        '201': { booked: { summary: 'Every occurrence booked, one series', value: seriesOf(seriesStart) } },
        '409': {
          conflict: {
            summary: 'Two occurrences overlap other appointments; nothing was booked',
            value: error(
              409,
              'APPOINTMENT_CONFLICT',
              '2 of 4 occurrences cannot be booked; nothing was booked',
              '/api/v1/appointments/series',
              {
                details: [2, 4].map((occurrence) => ({
                  occurrence,
                  startsAt: later(seriesStart, (occurrence - 1) * 7 * 24 * 60).toISOString(),
                  code: 'APPOINTMENT_CONFLICT',
                  message: 'The time overlaps another appointment or a hold',
                })),
              },
            ),
          },
        },
        '422': {
          timeOff: {
            summary: 'The doctor is away for one occurrence, another overlaps; nothing was booked',
            value: error(
              422,
              'OUTSIDE_WORKING_HOURS',
              '2 of 4 occurrences cannot be booked; nothing was booked',
              '/api/v1/appointments/series',
              {
                details: [
                  {
                    occurrence: 3,
                    startsAt: later(seriesStart, 14 * 24 * 60).toISOString(),
                    code: 'OUTSIDE_WORKING_HOURS',
                    message: 'The doctor is off at that time',
                  },
                  {
                    occurrence: 4,
                    startsAt: later(seriesStart, 21 * 24 * 60).toISOString(),
                    code: 'APPOINTMENT_CONFLICT',
                    message: 'The time overlaps another appointment or a hold',
                  },
                ],
              },
            ),
          },
        },
      },
    },
    cancelSeries: {
      request: {
        rest: { summary: 'Cancel every occurrence from now on', value: { reason: 'Treatment finished early' } },
      },
      responses: { '200': { cancelled: { summary: 'Four occurrences cancelled', value: { cancelled: 4 } } } },
    },
    getAppointment: {
      responses: {
        '200': { confirmed: { summary: 'A confirmed appointment', value: appointment(start, 'confirmed') } },
      },
    },
    updateAppointment: {
      request: {
        reschedule: { summary: 'Move it two hours later', value: { startsAt: iso(later(start, 120)) } },
        notes: { summary: 'The doctor’s notes', value: { notes: 'Bring the last ECG.' } },
      },
    },
    changeAppointmentStatus: {
      request: {
        confirm: { summary: 'The doctor confirms', value: { status: 'confirmed' } },
        cancel: { summary: 'The patient cancels', value: { status: 'cancelled', reason: 'Feeling better' } },
      },
    },
    sendMessage: {
      request: {
        message: {
          summary: 'A note to one patient',
          value: {
            userId: EXAMPLE_IDS.jonasUser,
            title: 'Bring your blood test results',
            body: 'Please bring the results of last week’s blood test to your appointment.',
            data: { link: '/appointments' },
          },
        },
      },
    },
    broadcastMessage: {
      request: {
        everyone: {
          summary: 'To every patient',
          value: {
            title: 'Clinic closed on Friday afternoon',
            body: 'The clinic closes at 12:00 on Friday for staff training.',
            role: 'patient',
          },
        },
      },
    },
    setMyDoctorStatus: {
      request: { busy: { summary: 'With a patient', value: { status: 'busy' } } },
    },
    listNotifications: {
      responses: {
        '200': {
          page: {
            summary: 'One unread booking notice',
            value: {
              data: [
                {
                  id: EXAMPLE_IDS.notification,
                  type: 'appointment.created',
                  title: 'Appointment booked',
                  body: 'Jonas Weber with Dr Amara Okafor on Mon 7 Dec 2026, 11:00 CET.',
                  data: { appointmentId: EXAMPLE_IDS.appointment, status: 'pending' },
                  readAt: null,
                  createdAt: '2026-12-01T08:15:02.201Z',
                },
              ],
              meta: { page: 1, limit: 20, total: 1, totalPages: 1 },
            },
          },
        },
      },
    },
    createWebhook: {
      request: {
        billing: {
          summary: 'Billing hears of bookings and status changes',
          value: {
            url: WEBHOOK_URL,
            events: ['appointment.created', 'appointment.status_changed'],
            description: 'Billing: invoice on completed appointments',
          },
        },
      },
      responses: {
        '201': {
          created: {
            summary: 'The endpoint, with its secret (shown only now)',
            value: {
              id: EXAMPLE_IDS.webhook,
              url: WEBHOOK_URL,
              events: ['appointment.created', 'appointment.status_changed'],
              description: 'Billing: invoice on completed appointments',
              isActive: true,
              secret: WEBHOOK_SECRET,
              createdAt: '2026-12-01T08:00:00.000Z',
            },
          },
        },
      },
    },
    updateWebhook: {
      request: {
        everything: {
          summary: 'Every event, and a new description',
          value: { events: ['*'], description: 'All events' },
        },
      },
    },
    listWebhookDeliveries: {
      responses: {
        '200': {
          page: {
            summary: 'A booking delivered on the second attempt',
            value: {
              data: [
                {
                  id: WEBHOOK_DELIVERY_ID,
                  eventId: WEBHOOK_EVENT_ID,
                  type: 'appointment.created',
                  status: 'succeeded',
                  attempts: 2,
                  lastStatusCode: 200,
                  lastError: null,
                  nextAttemptAt: null,
                  createdAt: '2026-12-01T08:15:02.201Z',
                  deliveredAt: '2026-12-01T08:15:07.342Z',
                },
              ],
              meta: { page: 1, limit: 20, total: 1, totalPages: 1 },
            },
          },
        },
      },
    },
    createApiKey: {
      request: {
        billing: {
          summary: 'A key for the billing system: reads appointments, and FHIR',
          value: { name: 'Billing system', scopes: ['appointments:read', 'fhir:read'] },
        },
      },
      responses: {
        '201': {
          billing: {
            summary: 'The key, shown this once: keep it now',
            value: { ...API_KEY_LISTED, key: `${API_KEY_LISTED.prefix}_4fQ0p2Wn8sKc1TzYh6vBd3RjLm5uGx7eNa9oIw2SkPy` },
          },
        },
      },
    },
    listApiKeys: {
      responses: {
        '200': {
          page: {
            summary: 'One key, used a minute ago',
            value: {
              data: [{ ...API_KEY_LISTED, lastUsedAt: '2026-12-01T09:41:17.530Z' }],
              meta: { page: 1, limit: 20, total: 1, totalPages: 1 },
            },
          },
        },
      },
    },
    joinWaitlist: {
      request: {
        morning: {
          summary: 'Any half hour on Thursday morning',
          value: {
            doctorId: EXAMPLE_IDS.amaraDoctor,
            from: iso(later(waitFrom, 0)),
            to: iso(later(waitFrom, 180)),
            durationMinutes: 30,
          },
        },
      },
      responses: {
        '201': { waiting: { summary: 'Waiting for freed time', value: waitlistEntry(waitFrom, null) } },
      },
    },
    listWaitlist: {
      responses: {
        '200': {
          page: {
            summary: 'An entry with an open offer',
            value: {
              data: [waitlistEntry(waitFrom, later(waitFrom, 60))],
              meta: { page: 1, limit: 20, total: 1, totalPages: 1 },
            },
          },
        },
      },
    },
    listJobs: {
      responses: {
        '200': {
          page: {
            summary: 'A reminder sent an hour before the appointment',
            value: {
              data: [
                {
                  id: '6a1f0c3e-8b2d-4e5f-9a7c-1b3d5f7a9c0e',
                  kind: 'appointment.reminder',
                  dedupeKey: `reminder:${EXAMPLE_IDS.appointment}:60:2026-12-07T10:00:00.000Z`,
                  payload: {
                    appointmentId: EXAMPLE_IDS.appointment,
                    minutesBefore: 60,
                    startsAt: '2026-12-07T10:00:00.000Z',
                  },
                  runAt: '2026-12-07T09:00:00.000Z',
                  status: 'succeeded',
                  attempts: 1,
                  maxAttempts: 5,
                  lastError: null,
                  lockedBy: null,
                  lockedUntil: null,
                  finishedAt: '2026-12-07T09:00:04.118Z',
                  createdAt: '2026-12-01T08:15:02.201Z',
                  updatedAt: '2026-12-07T09:00:04.118Z',
                },
              ],
              meta: { page: 1, limit: 20, total: 1, totalPages: 1 },
            },
          },
        },
      },
    },
  };
}

/**
 * Writes the examples into their operations. An example for an operation the document lacks is a bug here; an
 * answer without a body is skipped (under the test runner, which does not run the Swagger CLI plugin, answers whose
 * type comes from the handler's return type are not described; the built document has them all, and the API
 * documents test checks that every example lands there).
 */
export function applyExamples(document: OpenAPIObject, now: Date): OpenAPIObject {
  const examples = documentedExamples(now);
  const byId = new Map(operationsOf(document).map(({ operation }) => [operation.operationId, operation]));
  for (const [operationId, { request, responses }] of Object.entries(examples)) {
    const operation = byId.get(operationId);
    if (!operation) {
      throw new Error(`examples name an operation the document does not have: ${operationId}`);
    }
    const body = operation.requestBody;
    const requestMedia = body && 'content' in body ? body.content['application/json'] : undefined;
    if (request && requestMedia) {
      requestMedia.examples = request;
    }
    for (const [status, set] of Object.entries(responses ?? {})) {
      const response = operation.responses[status];
      const media = response && 'content' in response ? response.content?.['application/json'] : undefined;
      if (media) {
        media.examples = set;
      }
    }
  }
  return document;
}
