import {
  API_KEY_SCOPES,
  type Appointment,
  type CreatedApiKey,
  type MedicalRecord,
  type Notification,
  type Scope,
  type TokenResponse,
} from '@app/contracts';
import request from 'supertest';
import { book, nextWeekday, SlotClock } from '../support/appointments';
import { insertAppointment } from '../support/appointment-rows';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import type { TestApp } from '../support/test-app';

export const CALLERS = [
  'patientA',
  'patientB',
  'relatedDoctor',
  'unrelatedDoctor',
  'admin',
  'keyInScope',
  'keyOutOfScope',
  'anonymous',
] as const;
export type Caller = (typeof CALLERS)[number];
export type KeyCaller = 'keyInScope' | 'keyOutOfScope';
export type SignedInCaller = Exclude<Caller, 'anonymous' | KeyCaller>;

/**
 * Callers who may see patient A's data; anything of A reaching someone else is a leak. And the same for B. A key within
 * its scope sees what an admin sees; a key outside it sees nothing.
 */
export const MAY_SEE_PATIENT_A: readonly Caller[] = ['patientA', 'relatedDoctor', 'admin', 'keyInScope'];
export const MAY_SEE_PATIENT_B: readonly Caller[] = ['patientB', 'unrelatedDoctor', 'admin', 'keyInScope'];

const DAY_MS = 24 * 60 * 60 * 1000;
const PASSWORD = 'a-good-password-1';

export interface Credentials {
  email: string;
  password: string;
}

/**
 * The fixture world of the security tests: patient A with an appointment (and a medical record) with the related
 * doctor, patient B with an appointment with the unrelated doctor, an admin, and helpers that make fresh objects
 * for calls that change or remove what they touch.
 */
export class SecurityWorld {
  /** What belongs to patient A: none of these may reach patient B, the unrelated doctor or an anonymous caller. */
  readonly secretsOfA = new Set<string>();
  readonly secretsOfB = new Set<string>();
  /** Rows the matrix created and then changed or deleted over HTTP: each must still be in its table afterwards. */
  readonly touched = { appointments: new Set<string>(), users: new Set<string>(), records: new Set<string>() };
  /** Bookable 30-minute slots of the related doctor (09:00–17:00 UTC on weekdays, a week ahead). */
  readonly slots = new SlotClock(nextWeekday(7));
  /** First occurrences of the matrix's series (every 4 weeks), months ahead so they meet no other booking. */
  readonly seriesSlots = new SlotClock(nextWeekday(120));
  private counter = 0;

  private constructor(
    readonly t: TestApp,
    readonly sessions: Record<SignedInCaller, Session>,
    /** API keys by their scopes: one of each single scope, one of all but each, one of every scope. */
    private readonly keys: Map<string, CreatedApiKey>,
    readonly appointmentOfA: Appointment,
    readonly recordOfA: MedicalRecord,
    readonly notificationOfA: Notification,
    readonly appointmentOfB: Appointment,
  ) {
    const a = sessions.patientA.user;
    const ofA = [a.id, a.patientId!, a.email, a.fullName, appointmentOfA.id, appointmentOfA.reason!];
    for (const value of [...ofA, recordOfA.id, recordOfA.diagnosis, notificationOfA.id]) {
      this.secretsOfA.add(value);
    }
    const b = sessions.patientB.user;
    for (const value of [b.id, b.patientId!, b.email, b.fullName, appointmentOfB.id]) {
      this.secretsOfB.add(value);
    }
  }

  static async build(t: TestApp): Promise<SecurityWorld> {
    const tag = `${process.pid}${Date.now().toString(36)}`;
    const [patientA, patientB, relatedDoctor, unrelatedDoctor, admin] = await Promise.all([
      registerPatient(t, { fullName: `Alma Aardvark ${tag}`, password: PASSWORD }),
      registerPatient(t, { fullName: `Bruno Bittern ${tag}`, password: PASSWORD }),
      registerDoctor(t, { fullName: `Dr Related ${tag}`, password: PASSWORD }),
      registerDoctor(t, { fullName: `Dr Unrelated ${tag}`, password: PASSWORD }),
      loginAdmin(t),
    ]);
    const sessions = { patientA, patientB, relatedDoctor, unrelatedDoctor, admin };
    // A month ahead, so the world's bookings never meet the matrix's own (a week ahead).
    const slots = new SlotClock(nextWeekday(30));
    const appointmentOfA = await book(t, patientA, {
      doctorId: relatedDoctor.user.doctorId,
      startsAt: slots.next(),
      reason: `Chest pain of ${tag}`,
    });
    const appointmentOfB = await book(t, patientB, { doctorId: unrelatedDoctor.user.doctorId, startsAt: slots.next() });
    const record = await request(t.url)
      .post(`/api/v1/patients/${patientA.user.patientId}/records`)
      .set(relatedDoctor.auth)
      .send({ diagnosis: `Atrial fibrillation ${tag}`, appointmentId: appointmentOfA.id })
      .expect(201);
    const notification = await request(t.url)
      .post('/api/v1/notifications')
      .set(admin.auth)
      .send({ userId: patientA.user.id, title: 'Your results', body: 'Please call the clinic.' })
      .expect(201);
    const world = new SecurityWorld(
      t,
      sessions,
      await SecurityWorld.makeKeys(t, admin),
      appointmentOfA,
      record.body as MedicalRecord,
      notification.body as Notification,
      appointmentOfB,
    );
    await world.freshTimeOff(); // so the related doctor's time-off list is not empty
    world.touched.appointments.add(appointmentOfA.id).add(appointmentOfB.id);
    world.touched.users.add(patientA.user.id).add(patientB.user.id);
    world.touched.records.add(world.recordOfA.id);
    return world;
  }

  /** Every key the matrix calls with, made by the admin: by the sorted list of its scopes. */
  private static async makeKeys(t: TestApp, admin: Session): Promise<Map<string, CreatedApiKey>> {
    const sets: Scope[][] = [
      [...API_KEY_SCOPES],
      ...API_KEY_SCOPES.map((scope) => [scope]),
      ...API_KEY_SCOPES.map((scope) => API_KEY_SCOPES.filter((other) => other !== scope)),
    ];
    const keys = new Map<string, CreatedApiKey>();
    for (const scopes of sets) {
      const res = await request(t.url)
        .post('/api/v1/api-keys')
        .set(admin.auth)
        .send({ name: `matrix ${keys.size}`, scopes })
        .expect(201);
      keys.set([...scopes].sort().join(' '), res.body as CreatedApiKey);
    }
    return keys;
  }

  /** The key a key caller uses on a route that needs `scope` (none: a key of every scope). */
  keyOf(caller: KeyCaller, scope: Scope | undefined): CreatedApiKey {
    const scopes =
      scope === undefined
        ? [...API_KEY_SCOPES]
        : caller === 'keyInScope'
          ? [scope]
          : API_KEY_SCOPES.filter((other) => other !== scope);
    return this.keys.get([...scopes].sort().join(' '))!;
  }

  get patientA() {
    return this.sessions.patientA.user;
  }

  get relatedDoctor() {
    return this.sessions.relatedDoctor.user;
  }

  get unrelatedDoctorId(): string {
    return this.sessions.unrelatedDoctor.user.doctorId!;
  }

  /** The headers of `caller` on a route that opens to keys with `scope`. */
  authOf(caller: Caller, scope?: Scope): Record<string, string> {
    if (caller === 'anonymous') {
      return {};
    }
    if (caller === 'keyInScope' || caller === 'keyOutOfScope') {
      return { 'X-API-Key': this.keyOf(caller, scope).key };
    }
    return this.sessions[caller].auth;
  }

  unique(prefix: string): string {
    this.counter += 1;
    return `${prefix}-${process.pid}-${Date.now().toString(36)}-${this.counter}`;
  }

  /** A pending appointment of patient A with the related doctor, for calls that change or delete one. */
  async freshAppointmentOfA(): Promise<string> {
    const id = await insertAppointment(this.t, this.patientA.patientId!, this.relatedDoctor.doctorId!);
    this.secretsOfA.add(id);
    this.touched.appointments.add(id);
    return id;
  }

  /** A time off of the related doctor, a day long, in a year of its own so it never blocks a booking. */
  async freshTimeOff(): Promise<string> {
    const res = await request(this.t.url)
      .post(`/api/v1/doctors/${this.relatedDoctor.doctorId}/time-off`)
      .set(this.sessions.admin.auth)
      .send(this.timeOffBody())
      .expect(201);
    return (res.body as { id: string }).id;
  }

  timeOffBody(): { startsAt: string; endsAt: string; reason: string } {
    this.counter += 1;
    const startsAt = Date.UTC(2040, 0, 1) + this.counter * DAY_MS;
    return {
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + DAY_MS).toISOString(),
      reason: 'Conference',
    };
  }

  /** A live hold of patient A on the next free slot of the related doctor (for the release route). */
  async freshHoldOfA(): Promise<string> {
    const res = await request(this.t.url)
      .post('/api/v1/appointments/holds')
      .set(this.sessions.patientA.auth)
      .send({ doctorId: this.relatedDoctor.doctorId, startsAt: this.slots.next() })
      .expect(201);
    return (res.body as { id: string }).id;
  }

  /** A waiting waitlist entry of patient A for the related doctor's time (for the cancel route); its id. */
  async freshWaitlistEntryOfA(): Promise<string> {
    const res = await request(this.t.url)
      .post('/api/v1/waitlist')
      .set(this.sessions.patientA.auth)
      .send(this.waitlistBody())
      .expect(201);
    return (res.body as { id: string }).id;
  }

  /** A waitlist window of the related doctor (or `doctorId`'s): an hour from the next slot on. */
  waitlistBody(doctorId = this.relatedDoctor.doctorId!): { doctorId: string; from: string; to: string } {
    const from = this.slots.next();
    return {
      doctorId,
      from,
      to: new Date(Date.parse(from) + 60 * 60_000).toISOString(),
    };
  }

  /** A series of two appointments of patient A with the related doctor, booked by the admin; its id. */
  async freshSeriesOfA(): Promise<string> {
    const res = await request(this.t.url)
      .post('/api/v1/appointments/series')
      .set(this.sessions.admin.auth)
      .send({
        doctorId: this.relatedDoctor.doctorId,
        patientId: this.patientA.patientId,
        startsAt: this.seriesSlots.next(),
        recurrence: { frequency: 'weekly', interval: 4, count: 2 },
      })
      .expect(201);
    const body = res.body as { seriesId: string; appointments: Appointment[] };
    for (const appointment of body.appointments) {
      this.secretsOfA.add(appointment.id);
      this.touched.appointments.add(appointment.id);
    }
    return body.seriesId;
  }

  /**
   * A webhook endpoint made by the admin; its URL is a public address literal (the guard is on) and it listens to an
   * event nothing raises yet, so the matrix's bookings send it nothing.
   */
  async freshWebhook(): Promise<string> {
    const res = await request(this.t.url)
      .post('/api/v1/webhooks')
      .set(this.sessions.admin.auth)
      .send(this.webhookBody())
      .expect(201);
    return (res.body as { id: string }).id;
  }

  webhookBody(): { url: string; events: string[]; description: string } {
    return {
      url: `https://93.184.215.14/hooks/${this.unique('w')}`,
      events: ['waitlist.offer'],
      description: 'Matrix',
    };
  }

  /**
   * A failed delivery of a fresh endpoint (written directly: no event reaches the matrix's endpoints). The endpoint is
   * paused, so a retry's attempt fails without leaving the machine.
   */
  async freshWebhookDelivery(): Promise<{ id: string; deliveryId: string }> {
    const id = await this.freshWebhook();
    await this.t.dataSource.query('UPDATE webhook_endpoints SET is_active = false WHERE id = $1', [id]);
    const [row] = await this.t.dataSource.query<{ id: string }[]>(
      `INSERT INTO webhook_deliveries (endpoint_id, event_id, type, payload, status, attempts, last_error)
       VALUES ($1, gen_random_uuid(), 'waitlist.offer', '{}', 'failed', 7, 'answered 500') RETURNING id`,
      [id],
    );
    return { id, deliveryId: row.id };
  }

  /** A new API key of nobody's use in the matrix (for revocation). */
  async freshApiKeyId(): Promise<string> {
    const res = await request(this.t.url)
      .post('/api/v1/api-keys')
      .set(this.sessions.admin.auth)
      .send({ name: this.unique('spare key'), scopes: ['doctors:read'] })
      .expect(201);
    return (res.body as CreatedApiKey).id;
  }

  /** A new patient account that belongs to nobody in the matrix (for deactivation). */
  async freshPatientUserId(): Promise<string> {
    const session = await registerPatient(this.t, { fullName: 'Spare Patient' });
    this.touched.users.add(session.user.id);
    return session.user.id;
  }

  /** An account of its own for the login and refresh routes, so their answers carry nobody's data. */
  async freshLogin(): Promise<TokenResponse & Credentials> {
    const email = `${this.unique('login')}@example.test`;
    const session = await registerPatient(this.t, { email, password: PASSWORD, fullName: 'Login Only' });
    return { ...session, email, password: PASSWORD };
  }

  /** A refresh token of a new login of patient A (logging it out leaves A's matrix session alone). */
  async freshRefreshTokenOfA(): Promise<string> {
    const res = await request(this.t.url)
      .post('/api/v1/auth/login')
      .send({ email: this.patientA.email, password: PASSWORD })
      .expect(200);
    return (res.body as TokenResponse).refreshToken;
  }
}
