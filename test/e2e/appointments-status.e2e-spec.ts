import {
  APPOINTMENT_STATUSES,
  APPOINTMENT_TRANSITIONS,
  ROLES,
  type AppointmentStatus,
  type Role,
} from '@app/contracts';
import { EventEmitter2 } from '@nestjs/event-emitter';
import request from 'supertest';
import type { DomainEvent } from '../../src/common/domain-events';
import { book, SlotClock, setStatus } from '../support/appointments';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

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

/** What the contract says a move should answer, read straight off the table. */
function expectedAnswer(from: AppointmentStatus, to: AppointmentStatus, role: Role): 200 | 403 | 409 {
  const row = APPOINTMENT_TRANSITIONS.find((r) => r.to === to && r.from.includes(from));
  if (!row) {
    return 409;
  }
  return row.roles.includes(role) ? 200 : 403;
}

const PATHS = pathsFromPending();
const CASES = APPOINTMENT_STATUSES.flatMap((from) =>
  APPOINTMENT_STATUSES.flatMap((to) =>
    ROLES.map((role) => ({ from, to, role, expected: expectedAnswer(from, to, role) })),
  ),
);

describe('Appointments: status moves (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let patient: Session;
  let doctor: Session;
  const slots = new SlotClock(undefined, 15);

  beforeAll(async () => {
    t = await startTestApp({ MAX_ACTIVE_BOOKINGS_PER_PATIENT: '1000' });
    admin = await loginAdmin(t);
    patient = await registerPatient(t);
    doctor = await registerDoctor(t);
  });
  afterAll(async () => {
    await t.close();
  });

  function sessionOf(role: Role): Session {
    return { patient, doctor, admin }[role];
  }

  async function appointmentIn(status: AppointmentStatus): Promise<string> {
    const created = await book(t, patient, {
      doctorId: doctor.user.doctorId,
      startsAt: slots.next(),
      durationMinutes: slots.durationMinutes,
    });
    for (const step of PATHS.get(status)!) {
      const res = await setStatus(t, admin, created.id, step);
      expect(res.status).toBe(200);
    }
    return created.id;
  }

  it('reaches every status from pending', () => {
    expect([...PATHS.keys()].sort()).toEqual([...APPOINTMENT_STATUSES].sort());
  });

  it.each(CASES)('$from → $to by $role answers $expected', async ({ from, to, role, expected }) => {
    const id = await appointmentIn(from);
    const res = await setStatus(t, sessionOf(role), id, to, 'Because');
    expect(res.status).toBe(expected);
    const stored = await request(t.url).get(`/api/v1/appointments/${id}`).set(admin.auth).expect(200);
    if (expected === 200) {
      expect(res.body).toMatchObject({ id, status: to });
      expect(stored.body.status).toBe(to);
    } else {
      expect(res.body.code).toBe(expected === 403 ? 'FORBIDDEN' : 'INVALID_STATUS_TRANSITION');
      expect(stored.body.status).toBe(from);
    }
  });

  it('keeps the reason of a cancellation and who cancelled; other moves ignore the reason', async () => {
    const confirmedId = await appointmentIn('pending');
    const confirmed = await setStatus(t, doctor, confirmedId, 'confirmed', 'Looks fine');
    expect(confirmed.body).toMatchObject({ status: 'confirmed', cancellationReason: null, cancelledBy: null });
    const cancelled = await setStatus(t, patient, confirmedId, 'cancelled', '  Feeling better  ');
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'Feeling better',
      cancelledBy: patient.user.id,
    });
    const noReason = await appointmentIn('pending');
    const byDoctor = await setStatus(t, doctor, noReason, 'cancelled');
    expect(byDoctor.body).toMatchObject({ cancellationReason: null, cancelledBy: doctor.user.id });
  });

  it('publishes appointment.status_changed after the move, to the patient and the doctor', async () => {
    const id = await appointmentIn('pending');
    const events: DomainEvent<'appointment.status_changed'>[] = [];
    const listener = (event: DomainEvent<'appointment.status_changed'>) => events.push(event);
    const emitter = t.app.get(EventEmitter2);
    emitter.on('appointment.status_changed', listener);
    try {
      const res = await setStatus(t, doctor, id, 'confirmed');
      await setStatus(t, patient, id, 'in_progress').then((r) => expect(r.status).toBe(403));
      await setStatus(t, doctor, id, 'completed').then((r) => expect(r.status).toBe(409));
      expect(events).toHaveLength(1);
      expect(events[0].payload).toEqual({
        appointment: res.body,
        previousStatus: 'pending',
        status: 'confirmed',
        changedBy: { id: doctor.user.id, role: 'doctor' },
      });
      expect(events[0].recipientUserIds.sort()).toEqual([patient.user.id, doctor.user.id].sort());
    } finally {
      emitter.off('appointment.status_changed', listener);
    }
  });

  it('answers 404 to a patient or a doctor who is not a party to the appointment', async () => {
    const id = await appointmentIn('pending');
    const stranger = await registerPatient(t);
    const colleague = await registerDoctor(t);
    for (const session of [stranger, colleague]) {
      const res = await setStatus(t, session, id, 'cancelled');
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('APPOINTMENT_NOT_FOUND');
    }
    await setStatus(t, admin, '00000000-0000-4000-8000-000000000000', 'cancelled').then((r) =>
      expect(r.status).toBe(404),
    );
  });

  it('refuses a malformed id, an unknown status and unknown fields with 400', async () => {
    const id = await appointmentIn('pending');
    await setStatus(t, admin, 'not-a-uuid', 'cancelled').then((r) => expect(r.status).toBe(400));
    await setStatus(t, admin, id, 'archived').then((r) => expect(r.status).toBe(400));
    await request(t.url)
      .patch(`/api/v1/appointments/${id}/status`)
      .set(admin.auth)
      .send({ status: 'cancelled', cancelledBy: admin.user.id })
      .expect(400);
  });

  it('describes the status table in the OpenAPI document', async () => {
    const doc = await request(t.url).get('/docs-json').expect(200);
    const description: string = doc.body.paths['/api/v1/appointments/{id}/status'].patch.description;
    for (const row of APPOINTMENT_TRANSITIONS) {
      expect(description).toContain(`| ${row.from.join(', ')} | ${row.to} | ${row.roles.join(', ')} |`);
    }
  });
});
