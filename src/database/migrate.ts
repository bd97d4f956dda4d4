import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/app-config';
import { createDatabase } from './data-source.factory';

/**
 * `npm run migration:run` / `npm run migration:revert`: the app's own migrations, on the database `DATABASE_URL`
 * names (the embedded one in ./data without it), outside the app. The app also runs pending migrations at start.
 */
async function main(command: string | undefined): Promise<void> {
  if (command !== 'run' && command !== 'revert') {
    throw new ConfigError('usage: migrate run | revert');
  }
  const config = loadConfig();
  const handle = await createDatabase(config.database, { statementTimeoutMs: config.dbStatementTimeoutMs });
  try {
    await handle.dataSource.initialize();
    if (command === 'run') {
      const applied = await handle.dataSource.runMigrations({ transaction: 'each' });
      process.stdout.write(
        applied.length > 0 ? `applied: ${applied.map((m) => m.name).join(', ')}\n` : 'the schema is up to date\n',
      );
    } else {
      await handle.dataSource.undoLastMigration({ transaction: 'each' });
      process.stdout.write('reverted the last migration\n');
    }
  } finally {
    await handle.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
