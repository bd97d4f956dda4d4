import type { INestApplicationContext } from '@nestjs/common';
import { closeApp, createApp, type CreateAppOptions } from '../bootstrap';
import type { AppConfig } from '../config/app-config';
import { DemoAccounts, required } from './demo-accounts';
import {
  DEMO_ADMIN,
  DEMO_DOCTORS,
  DEMO_LOGIN_DOCTOR,
  DEMO_LOGIN_PATIENT,
  DEMO_PASSWORD,
  demoPatients,
} from './demo-cast';
import { DemoClinicRepository, type DemoClinicCounts } from './demo-clinic.repository';
import { DemoStoryWriter } from './demo-story.writer';

export interface DemoLogin {
  role: 'admin' | 'doctor' | 'patient';
  email: string;
  fullName: string;
}

export interface SeedReport {
  /**
   * `created`: this run wrote the story (and whatever accounts were missing). `existing`: the demo clinic was
   * complete already; nothing was added. `interrupted`: an earlier run stopped halfway through the story, which is
   * left as it is (see `seedDemoClinic`).
   */
  outcome: 'created' | 'existing' | 'interrupted';
  accountsCreated: number;
  /** When the demo admin account was created, i.e. the first run. */
  since: Date;
  counts: DemoClinicCounts;
  logins: DemoLogin[];
  password: string;
}

/**
 * Fills the database `config` names with the demo clinic, running the migrations first, exactly as the app starts:
 * it boots the real application (`createApp` + `init`, without listening) and writes through its services, so the
 * rules, the audit log and the stored notifications are those of real use (see `DemoStoryWriter`).
 *
 * Idempotence. The demo clinic is recognised by its e-mail addresses (`…@demo.clinic`, fixed by the cast):
 * - Accounts: every cast address that has no user yet is created (with its profile), all in one transaction;
 *   an existing account is never changed (its password included). A run that finds them all hashes nothing.
 * - The story (weekly hours, time off, appointments, records, notifications) is written only while no demo doctor
 *   has any time off or appointment. It is told around the "now" of the run that writes it and is never moved
 *   later: a week on, "next week" is history. To start over, use an empty database.
 * - Its last step is the admin's direct messages; a database with a started story but without them holds an
 *   interrupted run, which is reported and left alone (topping it up could not tell which steps went in).
 * So a second run adds no row anywhere (no account, appointment, notification or audit row) and prints the same
 * logins and counts.
 */
export async function seedDemoClinic(config: AppConfig, options: CreateAppOptions = {}): Promise<SeedReport> {
  // The seed writes two weeks around now in every status: the job runner's sweeps must not move them meanwhile.
  const app = await createApp({ ...config, docsEnabled: false, jobs: { ...config.jobs, run: false } }, options);
  try {
    await app.init();
    return await seedInto(app, config);
  } finally {
    await closeApp(app);
  }
}

async function seedInto(app: INestApplicationContext, config: AppConfig): Promise<SeedReport> {
  const repository = DemoClinicRepository.of(app);
  const accounts = new DemoAccounts(app, repository);
  const now = new Date();
  const patients = demoPatients(now.toISOString().slice(0, 10));
  const emails = [DEMO_ADMIN.email, ...DEMO_DOCTORS.map((d) => d.email), ...patients.map((p) => p.email)];
  const accountsCreated = await accounts.createMissing(emails, patients);
  const cast = await accounts.castOf(emails, patients);
  const doctorIds = cast.doctors.map((d) => required(d.doctorId, 'a doctor profile'));
  const patientIds = cast.patients.map((p) => required(p.patientId, 'a patient profile'));
  const userIds = cast.accounts.map((a) => a.userId);
  const state = await repository.storyState(doctorIds, userIds);
  if (!state.started) {
    await new DemoStoryWriter(app, repository, config.maxActiveBookingsPerPatient).write(now, cast, patients);
  }
  const admin = required(
    cast.accounts.find((a) => a.userId === cast.admin.userId),
    'the admin account',
  );
  const loginPatient = patients[DEMO_LOGIN_PATIENT];
  return {
    outcome: !state.started ? 'created' : state.finished ? 'existing' : 'interrupted',
    accountsCreated,
    since: admin.createdAt,
    counts: await repository.counts(doctorIds, patientIds, userIds),
    logins: [
      { role: 'admin', email: DEMO_ADMIN.email, fullName: DEMO_ADMIN.fullName },
      { role: 'doctor', email: DEMO_LOGIN_DOCTOR.email, fullName: DEMO_LOGIN_DOCTOR.fullName },
      { role: 'patient', email: loginPatient.email, fullName: loginPatient.fullName },
    ],
    password: DEMO_PASSWORD,
  };
}
