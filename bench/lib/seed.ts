import { Pool } from 'pg';
import { performance } from 'node:perf_hooks';
import type { Calendar } from './calendar';
import { idSql, type Population } from './population';

/** One slice of the data set: doctors [d0, d1) book appointments only with patients [p0, p1). */
export interface SeedRange {
  doctorFrom: number;
  doctorTo: number;
  patientFrom: number;
  patientTo: number;
  appointments: number;
}

export interface Hashes {
  /** Session users (cost 4): logging 2,000 of them in is set-up, not a measurement. */
  session: string;
  /** Everyone else, at the configured cost. */
  configured: string;
}

const SPECIALIZATIONS = [
  'cardiology',
  'dermatology',
  'family medicine',
  'neurology',
  'ophthalmology',
  'orthopedics',
  'pediatrics',
  'psychiatry',
];
/** Doctors per appointment INSERT: ~25,000 rows each, small enough to show progress, big enough to be quick. */
const DOCTORS_PER_STATEMENT = 25;

/** Half-hour slots on weekdays 09:00–17:00 UTC between the seed dates, numbered t = 0, 1, … */
const SLOTS_SQL = `
  SELECT (w.n - 1) * 16 + s AS t, (w.day + make_interval(mins => 540 + 30 * s)) AT TIME ZONE 'UTC' AS starts_at
    FROM (SELECT row_number() OVER (ORDER BY d) AS n, d AS day
            FROM generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') d
           WHERE extract(isodow FROM d) < 6) w
   CROSS JOIN generate_series(0, 15) s`;

async function countSlots(pool: Pool, calendar: Calendar): Promise<number> {
  const { rows } = await pool.query<{ slots: number }>(`SELECT count(*)::int AS slots FROM (${SLOTS_SQL}) x`, [
    calendar.seedFrom.toISOString(),
    calendar.seedTo.toISOString(),
  ]);
  return rows[0].slots;
}

async function seedPeople(pool: Pool, range: SeedRange, hashes: Hashes, sessionPatients: number): Promise<void> {
  await pool.query(
    `INSERT INTO users (id, email, password_hash, full_name, role, phone, created_at, updated_at)
     SELECT ${idSql('doctorUser', 'i')}, 'doctor' || i || '@bench.clinic.test', $3, 'Doctor ' || i, 'doctor',
            '+1555' || lpad(i::text, 7, '0'), now() - interval '400 days', now() - interval '400 days'
       FROM generate_series($1::int, $2::int - 1) i`,
    [range.doctorFrom, range.doctorTo, hashes.session],
  );
  await pool.query(
    `INSERT INTO doctors (id, user_id, specialization, license_number, years_of_experience, bio, timezone,
                          created_at, updated_at)
     SELECT ${idSql('doctor', 'i')}, ${idSql('doctorUser', 'i')}, ($3::text[])[1 + i % 8],
            'BENCH-' || lpad(i::text, 7, '0'), i % 40, 'Seeded by the benchmark', 'UTC',
            now() - interval '400 days', now() - interval '400 days'
       FROM generate_series($1::int, $2::int - 1) i`,
    [range.doctorFrom, range.doctorTo, SPECIALIZATIONS],
  );
  await pool.query(
    `INSERT INTO doctor_working_hours (doctor_id, day_of_week, start_minute, end_minute)
     SELECT ${idSql('doctor', 'i')}, dow, 540, 1020
       FROM generate_series($1::int, $2::int - 1) i CROSS JOIN generate_series(1, 5) dow`,
    [range.doctorFrom, range.doctorTo],
  );
  await pool.query(
    `INSERT INTO users (id, email, password_hash, full_name, role, phone, created_at, updated_at)
     SELECT ${idSql('patientUser', 'i')}, 'patient' || i || '@bench.clinic.test',
            CASE WHEN i < $3 THEN $4 ELSE $5 END, 'Patient ' || i, 'patient', NULL,
            now() - interval '400 days', now() - interval '400 days'
       FROM generate_series($1::int, $2::int - 1) i`,
    [range.patientFrom, range.patientTo, sessionPatients, hashes.session, hashes.configured],
  );
  await pool.query(
    `INSERT INTO patients (id, user_id, date_of_birth, gender, blood_type, allergies, created_at, updated_at)
     SELECT ${idSql('patient', 'i')}, ${idSql('patientUser', 'i')}, date '1940-01-01' + (i * 37) % 29000,
            (ARRAY['female', 'male', 'other', 'unknown'])[1 + i % 4],
            (ARRAY['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'])[1 + i % 8],
            CASE WHEN i % 7 = 0 THEN ARRAY['penicillin'] ELSE '{}' END,
            now() - interval '400 days', now() - interval '400 days'
       FROM generate_series($1::int, $2::int - 1) i`,
    [range.patientFrom, range.patientTo],
  );
  // One record per patient, by a doctor of the slice, so that a search of the patients also searches diagnoses.
  await pool.query(
    `INSERT INTO medical_records (patient_id, doctor_id, diagnosis, icd10_code, created_at, updated_at)
     SELECT ${idSql('patient', 'i')}, ${idSql('doctor', '$3::int + i % ($4::int - $3::int)')},
            (ARRAY['Essential hypertension', 'Type 2 diabetes mellitus', 'Acute bronchitis', 'Migraine without aura',
                   'Iron deficiency anaemia', 'Seasonal allergic rhinitis', 'Lumbar strain', 'Hypothyroidism'])[1 + i % 8],
            (ARRAY['I10', 'E11.9', 'J20.9', 'G43.0', 'D50.9', 'J30.2', 'S33.5', 'E03.9'])[1 + i % 8],
            now() - interval '200 days', now() - interval '200 days'
       FROM generate_series($1::int, $2::int - 1) i`,
    [range.patientFrom, range.patientTo, range.doctorFrom, range.doctorTo],
  );
}

/**
 * Appointments of doctors [d0, d1) over the seed year, on the half-hour grid, ~`appointments` of them spread by a
 * hash. The patient of doctor i at slot t is p0 + ((i − d0) + 7919·t mod n) mod n: for one slot, distinct doctors
 * get distinct patients, so neither exclusion constraint (per doctor, per patient) is ever hit, while each patient
 * sees several doctors over the year. Past ones are mostly completed, upcoming ones pending or confirmed; some
 * cancelled either way.
 */
async function seedAppointments(
  pool: Pool,
  range: SeedRange,
  calendar: Calendar,
  slots: number,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const doctors = range.doctorTo - range.doctorFrom;
  const patients = range.patientTo - range.patientFrom;
  if (doctors > patients) {
    throw new Error('the seed needs at least as many patients as doctors in each slice');
  }
  const threshold = Math.min(4096, Math.round((4096 * range.appointments) / (doctors * slots)));
  const batches: [number, number][] = [];
  for (let d = range.doctorFrom; d < range.doctorTo; d += DOCTORS_PER_STATEMENT) {
    batches.push([d, Math.min(range.doctorTo, d + DOCTORS_PER_STATEMENT)]);
  }
  let done = 0;
  // Two statements at a time: PostgreSQL uses one core per statement and this machine has two.
  const work = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      await pool.query(
        `INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, duration_minutes, status, reason,
                                   cancellation_reason, cancelled_by, created_by, created_at, updated_at)
         SELECT ${idSql('patient', 'x.pi')}, ${idSql('doctor', 'x.di')}, x.starts_at, x.starts_at + interval '30 minutes',
                30, x.status, (ARRAY['Check-up', 'Follow-up', 'Consultation', 'Vaccination', 'Test results'])[1 + x.u % 5],
                CASE WHEN x.status = 'cancelled' THEN 'Cannot make it' END,
                CASE WHEN x.status = 'cancelled' THEN ${idSql('patientUser', 'x.pi')} END,
                ${idSql('patientUser', 'x.pi')},
                least(now(), x.starts_at - interval '14 days'), least(now(), x.starts_at - interval '1 day')
           FROM (SELECT h.di, h.starts_at, h.u,
                        $5::int + ((h.di - $6::int) + (h.t * 7919) % $7::int) % $7::int AS pi,
                        CASE WHEN h.starts_at < now()
                             THEN CASE WHEN h.u < 80 THEN 'completed' WHEN h.u < 87 THEN 'no_show' ELSE 'cancelled' END
                             ELSE CASE WHEN h.u < 60 THEN 'confirmed' WHEN h.u < 90 THEN 'pending' ELSE 'cancelled' END
                        END AS status
                   FROM (SELECT i AS di, sl.t, sl.starts_at,
                                hashint8(i::bigint * 1000003 + sl.t) & 4095 AS pick,
                                ((hashint8(i::bigint * 1000003 + sl.t) >> 12) & 1023) % 100 AS u
                           FROM generate_series($3::int, $4::int - 1) i CROSS JOIN (${SLOTS_SQL}) sl) h
                  WHERE h.pick < $8::int) x`,
        [
          calendar.seedFrom.toISOString(),
          calendar.seedTo.toISOString(),
          batch[0],
          batch[1],
          range.patientFrom,
          range.doctorFrom,
          patients,
          threshold,
        ],
      );
      done += batch[1] - batch[0];
      onProgress(done, doctors);
    }
  };
  await Promise.all([work(), work()]);
}

export interface SeedReport {
  seconds: number;
  doctors: number;
  patients: number;
  appointments: number;
}

/** Seeds one slice, then VACUUM ANALYZE so the planner sees the tables as a long-running database would. */
export async function seed(
  databaseUrl: string,
  range: SeedRange,
  calendar: Calendar,
  hashes: Hashes,
  population: Pick<Population, 'sessionPatients'>,
  log: (line: string) => void,
): Promise<SeedReport> {
  const started = performance.now();
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    await seedPeople(pool, range, hashes, population.sessionPatients);
    const slots = await countSlots(pool, calendar);
    let shown = 0;
    await seedAppointments(pool, range, calendar, slots, (done, total) => {
      const percent = Math.floor((100 * done) / total);
      if (percent >= shown + 25 || done === total) {
        shown = percent;
        log(`  appointments: ${percent}% of doctors ${range.doctorFrom}..${range.doctorTo - 1}`);
      }
    });
    for (const table of ['users', 'patients', 'medical_records', 'doctors', 'doctor_working_hours', 'appointments']) {
      await pool.query(`VACUUM (ANALYZE) ${table}`);
    }
    // Write the seed's dirty pages out now rather than during a measured phase (needs a superuser; skipped if not).
    await pool.query('CHECKPOINT').catch(() => undefined);
    const { rows } = await pool.query<{ doctors: number; patients: number; appointments: number }>(
      `SELECT (SELECT count(*) FROM doctors)::int AS doctors, (SELECT count(*) FROM patients)::int AS patients,
              (SELECT count(*) FROM appointments)::int AS appointments`,
    );
    return { seconds: (performance.now() - started) / 1000, ...rows[0] };
  } finally {
    await pool.end();
  }
}
