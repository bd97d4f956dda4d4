import type { BenchOptions } from './options';

/**
 * Who is who in the seeded data. Ids are derived from an index (so the harness needs no lookups), emails too.
 * Patients are laid out in pools, one per use, so that no two scenarios ever book for the same patient (a patient's
 * own bookings must not overlap either):
 *
 *   [0, connections)                 booking lanes of POST /appointments (and the GET by id readers)
 *   [.., + contendedClients)         the contended-booking clients
 *   [.., + socket patients)          connected sockets of the real-time scenario
 *   ─── above: "session" users, seeded with a cost-4 bcrypt hash so that logging 2,000 of them in takes seconds
 *   [.., + loginUsers)               the login scenario's accounts, seeded with the configured cost
 *   [.., + connections)              the database ceiling's lanes (no token needed)
 *   the rest                         everyone else (configured cost)
 */
export interface Population {
  doctors: number;
  patients: number;
  appointments: number;
  bookingLanes: Pool;
  contended: Pool;
  socketPatients: Pool;
  loginUsers: Pool;
  ceilingLanes: Pool;
  /** Patients below this index have the cheap session hash. */
  sessionPatients: number;
}

export interface Pool {
  from: number;
  count: number;
}

export const PASSWORD = 'bench-password-1';
/** Only for the session users, whose logins are set-up, never measured. */
export const SESSION_BCRYPT_ROUNDS = 4;
export const LOGIN_USERS = 64;
/** Patients the app's booking lanes spread over (and the readers of GET /appointments/:id). */
const BOOKING_PATIENTS = 64;
/** Patients the booking ceilings spread over. */
const CEILING_PATIENTS = 256;

export const BASE = { doctors: 200, patients: 20_000, appointments: 200_000 } as const;

const PREFIX = {
  doctorUser: 'd0c70000-0000-4000-8000-',
  doctor: 'd0c70000-0000-4000-9000-',
  patientUser: '9a710000-0000-4000-8000-',
  patient: '9a710000-0000-4000-9000-',
} as const;
type IdKind = keyof typeof PREFIX;

export function idOf(kind: IdKind, index: number): string {
  return PREFIX[kind] + index.toString(16).padStart(12, '0');
}

/** The same id as SQL over an integer expression. */
export function idSql(kind: IdKind, indexExpression: string): string {
  return `('${PREFIX[kind]}' || lpad(to_hex(${indexExpression}), 12, '0'))::uuid`;
}

export const doctorEmail = (index: number) => `doctor${index}@bench.clinic.test`;
export const patientEmail = (index: number) => `patient${index}@bench.clinic.test`;

export function sizesAt(scale: number): { doctors: number; patients: number; appointments: number } {
  return {
    doctors: Math.max(1, Math.round(BASE.doctors * scale)),
    patients: Math.round(BASE.patients * scale),
    appointments: Math.round(BASE.appointments * scale),
  };
}

export function planPopulation(options: BenchOptions): Population {
  const sizes = sizesAt(options.scale);
  const socketPatients = Math.max(0, options.sockets - sizes.doctors);
  let next = 0;
  const take = (count: number): Pool => {
    const pool = { from: next, count };
    next += count;
    return pool;
  };
  // Enough patients that none reaches MAX_ACTIVE_BOOKINGS_PER_PATIENT (1000) in a run: the booking rows spread
  // their bookings over them (the app's lanes are logged in; the hand-built ceiling needs only ids).
  const bookingLanes = take(Math.max(options.connections, BOOKING_PATIENTS));
  const contended = take(options.contendedClients);
  const socketPool = take(socketPatients);
  const sessionPatients = next;
  const loginUsers = take(LOGIN_USERS);
  const ceilingLanes = take(Math.max(options.connections, CEILING_PATIENTS));
  if (next > sizes.patients) {
    throw new Error(
      `scale ${options.scale} seeds ${sizes.patients} patients; the scenarios need ${next}: raise --scale or lower --sockets`,
    );
  }
  return {
    ...sizes,
    bookingLanes,
    contended,
    socketPatients: socketPool,
    loginUsers,
    ceilingLanes,
    sessionPatients,
  };
}

export function indexesOf(pool: Pool): number[] {
  return Array.from({ length: pool.count }, (_, i) => pool.from + i);
}
