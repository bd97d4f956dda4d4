import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { AppError } from '../common/errors/app-error';
import { loadConfig } from '../config/app-config';
import { seedDemoClinic } from './demo-clinic.seeder';
import { describeDatabase, formatSeedReport } from './seed-report';

/** One line that says what went wrong: the first cause of a connection error, the fields of a refused body. */
function describeSeedError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return describeSeedError(error.errors[0]);
  }
  if (error instanceof AppError && error.details && error.details.length > 0) {
    return `${error.message}: ${error.details.map((d) => `${'field' in d ? d.field : `occurrence ${d.occurrence}`} ${d.message}`).join('; ')}`;
  }
  if (error instanceof Error) {
    return (error.message || error.name).split('\n')[0];
  }
  return String(error);
}

/**
 * `npm run seed`: the demo clinic on `DATABASE_URL` (the embedded database in ./data without it). The app's own log
 * is kept back at `warn` unless `LOG_LEVEL` is set: shown on stderr after a success, left out after a failure,
 * whose cause is the one line printed.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const chosenLevel = process.env.LOG_LEVEL?.trim();
  const held: string[] = [];
  const config = loadConfig({ ...process.env, LOG_LEVEL: chosenLevel || 'warn' });
  const logDestination = chosenLevel ? process.stderr : { write: (line: string) => void held.push(line) };
  const report = await seedDemoClinic(config, { logDestination });
  process.stderr.write(held.join(''));
  process.stdout.write(formatSeedReport(report, describeDatabase(config.database), performance.now() - started));
  if (report.outcome === 'interrupted') {
    const database = config.database;
    const reset =
      database.kind === 'pglite' && database.dataDir ? `delete ${database.dataDir}` : 'use an empty database';
    process.stderr.write(`To write the demo clinic afresh, ${reset} and run the seed again.\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Seed failed: ${describeSeedError(error)}\n`);
  process.exitCode = 1;
});
