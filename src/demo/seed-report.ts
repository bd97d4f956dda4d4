import { APPOINTMENT_STATUSES } from '@app/contracts';
import type { DatabaseConfig } from '../config/app-config';
import type { SeedReport } from './demo-clinic.seeder';

/** Where the seed wrote, without a password: `PostgreSQL 127.0.0.1:5432/clinic` or the embedded database's folder. */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === 'pglite') {
    return database.dataDir ? `the embedded database in ${database.dataDir}` : 'an in-memory embedded database';
  }
  const url = new URL(database.url);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

function minuteOf(instant: Date): string {
  return `${instant.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The summary printed by `npm run seed`: what the demo clinic holds, then the logins. */
export function formatSeedReport(report: SeedReport, database: string, elapsedMs: number): string {
  const { counts } = report;
  const seconds = `${(elapsedMs / 1000).toFixed(1)} s`;
  const headline = {
    created: `Demo clinic written to ${database} in ${seconds} (${report.accountsCreated} accounts created; two weeks of appointments around now).`,
    existing: `The demo clinic in ${database} is already there (written ${minuteOf(report.since)}); nothing was added (${seconds}).`,
    interrupted: `The demo clinic in ${database} is incomplete: an earlier seed stopped halfway through its story, which is left as it is (${seconds}).`,
  }[report.outcome];
  const appointments = APPOINTMENT_STATUSES.map((status) => `${status} ${counts.appointments[status]}`).join(', ');
  const total = (values: Record<string, number>) => Object.values(values).reduce((sum, n) => sum + n, 0);
  const width = Math.max(...report.logins.map((login) => login.email.length));
  return [
    headline,
    `  doctors          ${counts.doctors} in ${counts.specializations} specializations and ${counts.timezones} time zones, ${counts.timeOff} periods of time off`,
    `  patients         ${counts.patients}`,
    `  appointments     ${total(counts.appointments)}: ${appointments}`,
    `  medical records  ${total(counts.records)}: active ${counts.records.active}, resolved ${counts.records.resolved}`,
    `  notifications    ${total(counts.notifications)}: appointment ${counts.notifications.appointment}, broadcast ${counts.notifications.broadcast}, message ${counts.notifications.message}`,
    '',
    `Demo logins (every demo account, all ${counts.doctors} doctors and ${counts.patients} patients included, uses the password ${report.password}):`,
    ...report.logins.map(
      (login) =>
        `  ${login.role.padEnd(8)} ${`${login.email} / ${report.password}`.padEnd(width + report.password.length + 4)} ${login.fullName}`,
    ),
    '',
  ].join('\n');
}
