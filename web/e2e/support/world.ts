import { randomUUID } from 'node:crypto';

export const PORT = Number(process.env.BROWSER_TEST_PORT ?? 3987);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const ADMIN = { email: 'reception@clinic.test', password: 'reception-password-1' };
export const PASSWORD = 'a long passphrase';

interface TokenResponse {
  accessToken: string;
  user: { id: string; fullName: string; doctorId: string | null; patientId: string | null };
}
export interface Account {
  email: string;
  password: string;
  fullName: string;
  token: string;
  userId: string;
  doctorId: string | null;
}

async function call<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${BASE_URL}/api/v1${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

const unique = (): string => randomUUID().slice(0, 8);

function account(tokens: TokenResponse, email: string, password: string): Account {
  return {
    email,
    password,
    fullName: tokens.user.fullName,
    token: tokens.accessToken,
    userId: tokens.user.id,
    doctorId: tokens.user.doctorId,
  };
}

/**
 * A fixed-offset zone whose clock reads about 10:00 now, so a doctor working there has free time left today
 * whenever the tests run (`Etc/GMT-5` is UTC+5: the sign is the POSIX one).
 */
export function zoneAtMorning(now = new Date()): string {
  const offset = ((10 - now.getUTCHours() + 36) % 24) - 12;
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/**
 * A doctor working every day, all day, in `timezone` (so today always has free time). Patients need an hour's notice:
 * the first free time a test holds is never so close that the service cancels it, still pending, as its start comes
 * (the job runner passes every second in these tests).
 */
export async function registerDoctor(fullName: string, timezone: string): Promise<Account> {
  const email = `dr.${unique()}@clinic.test`;
  const tokens = await call<TokenResponse>('POST', '/auth/register', {
    email,
    password: PASSWORD,
    fullName,
    role: 'doctor',
    doctor: { specialization: 'General practice', licenseNumber: `LIC-${unique()}`, timezone },
  });
  const doctor = account(tokens, email, PASSWORD);
  await call(
    'PUT',
    `/doctors/${doctor.doctorId}/schedule`,
    {
      weeklyHours: [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, startTime: '00:00', endTime: '24:00' })),
    },
    doctor.token,
  );
  await call('PUT', `/doctors/${doctor.doctorId}/booking-policy`, { minimumNoticeMinutes: 60 }, doctor.token);
  return doctor;
}

export async function registerPatient(fullName: string): Promise<Account> {
  const email = `patient.${unique()}@clinic.test`;
  const tokens = await call<TokenResponse>('POST', '/auth/register', {
    email,
    password: PASSWORD,
    fullName,
    role: 'patient',
  });
  return account(tokens, email, PASSWORD);
}

export function newEmail(): string {
  return `new.${unique()}@clinic.test`;
}

export async function appointmentsOf(patient: Account): Promise<{ id: string; status: string }[]> {
  const page = await call<{ data: { id: string; status: string }[] }>(
    'GET',
    '/appointments?limit=100',
    undefined,
    patient.token,
  );
  return page.data;
}

export async function login(who: { email: string; password: string }): Promise<Account> {
  const tokens = await call<TokenResponse>('POST', '/auth/login', { email: who.email, password: who.password });
  return account(tokens, who.email, who.password);
}

export interface Slot {
  startsAt: string;
  endsAt: string;
}

/**
 * The doctor's free times from two hours on over the next two days, as `caller` may book them (a pending appointment
 * whose start comes during a test would be cancelled by the service's sweep).
 */
export async function freeSlots(doctor: Account, caller: Account): Promise<Slot[]> {
  const from = new Date(Date.now() + 2 * 3_600_000).toISOString();
  const to = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const answer = await call<{ slots: Slot[] }>(
    'GET',
    `/doctors/${doctor.doctorId}/slots?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    undefined,
    caller.token,
  );
  return answer.slots;
}

export interface BookedAppointment {
  id: string;
  startsAt: string;
  status: string;
}

export async function book(patient: Account, doctor: Account, startsAt: string): Promise<BookedAppointment> {
  return call<BookedAppointment>('POST', '/appointments', { doctorId: doctor.doctorId, startsAt }, patient.token);
}

export async function cancel(patient: Account, appointmentId: string): Promise<void> {
  await call('PATCH', `/appointments/${appointmentId}/status`, { status: 'cancelled' }, patient.token);
}

export async function appointment(who: Account, id: string): Promise<BookedAppointment> {
  return call<BookedAppointment>('GET', `/appointments/${id}`, undefined, who.token);
}

export async function addTimeOff(doctor: Account, startsAt: Date, endsAt: Date, reason: string): Promise<void> {
  await call(
    'POST',
    `/doctors/${doctor.doctorId}/time-off`,
    { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), reason },
    doctor.token,
  );
}

export async function bookingPolicy(doctor: Account): Promise<{ cancellationWindowHours: number }> {
  return call('GET', `/doctors/${doctor.doctorId}/booking-policy`, undefined, doctor.token);
}

/** The wall-clock value of a `datetime-local` input for `instant` in `zone` (`YYYY-MM-DDTHH:MM`). */
export function localInput(instant: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** The start of the hour `hours` hours from now. */
export function hoursAhead(hours: number): Date {
  const at = new Date(Date.now() + hours * 3_600_000);
  at.setUTCMinutes(0, 0, 0);
  return at;
}

export async function setBookingPolicy(doctor: Account, policy: { cancellationWindowHours: number }): Promise<void> {
  await call('PUT', `/doctors/${doctor.doctorId}/booking-policy`, policy, doctor.token);
}
