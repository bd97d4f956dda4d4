import type { BenchOptions } from './options';

/**
 * Who is who in the seeded data. Ids are derived from an index (so the harness needs no lookups), emails too.
 * Patients are laid out in pools, one per use, so that no two scenarios ever book for the same patient (a patient's
 * own bookings must not overlap either):
 *
 *   [0, connections)                 lanes of the other booking scenarios (and the GET by id readers)
 *   [.., + contendedClients)         the contended-booking clients
 *   [.., + socket patients)          connected sockets of the real-time scenario
 *   [.., + side patients)            POST /appointments in the booking comparison
 *   [.., + side patients)            the same requests to the hand-built route
 *   ─── above: "session" users, seeded with a cost-4 bcrypt hash so that logging 2,000 of them in takes seconds
 *   [.., + loginUsers)               the login scenario's accounts, seeded with the configured cost
 *   [.., + connections)              the INSERT ceiling's lanes (no token needed)
 *   [.., + side patients)            the hand-built booking (no token needed)
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
  /**
   * The booking comparison's three sides (the app, the hand-built route, the hand-built transaction), each spreading
   * its bookings over a pool of its own, of one size. Every booking counts its patient's active bookings (the limit),
   * a statement that reads each of them: on sides of unequal pools, or pools so small that a patient gathers hundreds
   * of bookings in a run, the same statement would cost one side more than the other.
   */
  bookingSides: { app: Pool; route: Pool; handBuilt: Pool };
  /** Patients below this index have the cheap session hash. */
  sessionPatients: number;
}

export interface Pool {
  from: number;
  count: number;
}

export const PASSWORD = 'bench-password-1';
/** The app's bootstrap admin (`ADMIN_EMAIL`, `ADMIN_PASSWORD`), made at each app's first start on its database. */
export const BENCH_ADMIN = { email: 'admin@bench.clinic.test', password: 'bench-admin-password' } as const;
/** Only for the session users, whose logins are set-up, never measured. */
export const SESSION_BCRYPT_ROUNDS = 4;
export const LOGIN_USERS = 64;
/** Patients the other scenarios' booking lanes spread over (and the readers of GET /appointments/:id). */
const BOOKING_PATIENTS = 64;
/**
 * Patients each side of the booking comparison spreads over: a twentieth of the patients, at most 1,000. At scale 1 a
 * side that books 1,000 times a second for three rounds of 15 s gives each of its patients 45 bookings.
 */
export function sidePatientsAt(patients: number, connections: number): number {
  return Math.max(connections, Math.min(1000, Math.round(patients / 20)));
}

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
  const sidePatients = sidePatientsAt(sizes.patients, options.connections);
  const appSide = take(sidePatients);
  const routeSide = take(sidePatients);
  const sessionPatients = next;
  const loginUsers = take(LOGIN_USERS);
  const ceilingLanes = take(options.connections);
  const handBuiltSide = take(sidePatients);
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
    bookingSides: { app: appSide, route: routeSide, handBuilt: handBuiltSide },
    sessionPatients,
  };
}

export function indexesOf(pool: Pool): number[] {
  return Array.from({ length: pool.count }, (_, i) => pool.from + i);
}
