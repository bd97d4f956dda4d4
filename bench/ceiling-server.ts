import Fastify from 'fastify';
import { verify, type JwtPayload } from 'jsonwebtoken';
import { createSecretKey } from 'node:crypto';
import { Pool } from 'pg';
import { ACCESS_AUDIENCE } from '../src/auth/actor';
import { loadConfig } from '../src/config/app-config';
import { APP_POOL_SIZE } from './lib/context';
import { bookByHand, publishedRowsSweeper } from './lib/hand-booking';

/**
 * The HTTP ceilings, run as their own process like the app, on the same cores at the same concurrency:
 * - `GET /`: a bare Fastify server answering a fixed small JSON body (what Fastify alone can do);
 * - `GET /api/v1/appointments/:id`: what a user would build by hand for the same read: verify the same JWT (the same
 *   key, algorithm, issuer and audience, on every request), run the same prepared four-join SELECT through `pg` (on a
 *   pool as large as the app's; the caller's scope as the token's user), answer the same JSON;
 * - `POST /api/v1/appointments`: the hand-built booking transaction (`bench/lib/hand-booking.ts`, the app's very
 *   statements) behind the same JWT check, the patient found once per user (the app remembers its callers too),
 *   answering 201 with the appointment.
 */
const config = loadConfig(process.env);
const key = createSecretKey(Buffer.from(config.jwt.secret, 'utf8'));
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: APP_POOL_SIZE });

const READ_ONE = `
  SELECT a.id, a.patient_id, a.doctor_id, a.starts_at, a.ends_at, a.duration_minutes, a.status, a.reason, a.notes,
         a.cancellation_reason, a.cancelled_by, a.created_at, a.updated_at,
         pu.full_name AS patient_name, du.full_name AS doctor_name, d.specialization AS doctor_specialization
    FROM appointments a
    JOIN patients p ON p.id = a.patient_id
    JOIN users pu ON pu.id = p.user_id
    JOIN doctors d ON d.id = a.doctor_id
    JOIN users du ON du.id = d.user_id
   WHERE a.deleted_at IS NULL AND a.id = $1 AND pu.id = $2`;

interface Row {
  id: string;
  patient_id: string;
  doctor_id: string;
  starts_at: Date;
  ends_at: Date;
  duration_minutes: number;
  status: string;
  reason: string | null;
  notes: string | null;
  cancellation_reason: string | null;
  cancelled_by: string | null;
  created_at: Date;
  updated_at: Date;
  patient_name: string;
  doctor_name: string;
  doctor_specialization: string;
}

const sweeper = publishedRowsSweeper(pool);
/** The patient of each user who booked here (the app's `ActorCache` keeps its callers the same way). */
const patientOfUser = new Map<string, string | null>();

/** The caller's user id from a valid access token, or null. */
function accessTokenUser(header: string | undefined): string | null {
  try {
    const claims = verify((header ?? '').slice('Bearer '.length), key, {
      algorithms: ['HS256'],
      issuer: config.jwt.issuer,
      audience: ACCESS_AUDIENCE,
    }) as JwtPayload;
    return claims.typ === 'access' && typeof claims.sub === 'string' ? claims.sub : null;
  } catch {
    return null;
  }
}

const server = Fastify({ logger: false });
const body = { id: '00000000-0000-4000-8000-000000000000', status: 'confirmed', durationMinutes: 30 };
server.get('/', async () => body);

server.get<{ Params: { id: string } }>('/api/v1/appointments/:id', async (request, reply) => {
  const userId = accessTokenUser(request.headers.authorization);
  if (userId === null) {
    return reply.status(401).send({ code: 'UNAUTHORIZED' });
  }
  const { rows } = await pool.query<Row>({ name: 'read-one', text: READ_ONE, values: [request.params.id, userId] });
  const a = rows[0];
  if (!a) {
    return reply.status(404).send({ code: 'APPOINTMENT_NOT_FOUND' });
  }
  return {
    id: a.id,
    patientId: a.patient_id,
    doctorId: a.doctor_id,
    startsAt: a.starts_at.toISOString(),
    endsAt: a.ends_at.toISOString(),
    durationMinutes: a.duration_minutes,
    status: a.status,
    reason: a.reason,
    notes: a.notes,
    cancellationReason: a.cancellation_reason,
    cancelledBy: a.cancelled_by,
    createdAt: a.created_at.toISOString(),
    updatedAt: a.updated_at.toISOString(),
    patient: { id: a.patient_id, fullName: a.patient_name },
    doctor: { id: a.doctor_id, fullName: a.doctor_name, specialization: a.doctor_specialization },
  };
});

interface BookingBody {
  doctorId: string;
  startsAt: string;
  durationMinutes: number;
  reason?: string;
}

server.post<{ Body: BookingBody }>('/api/v1/appointments', async (request, reply) => {
  const userId = accessTokenUser(request.headers.authorization);
  if (userId === null) {
    return reply.status(401).send({ code: 'UNAUTHORIZED' });
  }
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string') {
    return reply.status(400).send({ code: 'VALIDATION_FAILED' });
  }
  let patientId = patientOfUser.get(userId);
  if (patientId === undefined) {
    const { rows } = await pool.query<{ id: string }>({
      name: 'patient-of-user',
      text: 'SELECT id FROM patients WHERE user_id = $1',
      values: [userId],
    });
    patientId = rows[0]?.id ?? null;
    patientOfUser.set(userId, patientId);
  }
  if (patientId === null) {
    return reply.status(403).send({ code: 'FORBIDDEN' });
  }
  const { doctorId, startsAt, durationMinutes, reason } = request.body;
  const appointment = await bookByHand(
    pool,
    sweeper.published,
    { id: patientId, userId },
    { doctorId, startsAt: new Date(startsAt), durationMinutes, reason: reason ?? null, key },
  );
  return reply.status(201).send(appointment);
});

server.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
process.on('SIGTERM', () => {
  sweeper.stop();
  void server
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0));
});
