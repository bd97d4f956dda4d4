import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabase } from '../support/test-app';

const root = join(__dirname, '..', '..');

/** `npm run migration:run` / `migration:revert` run this same file (from the build). */
function migrate(command: string, databaseUrl: string): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    ['-r', join(root, 'test/support/register-ts.js'), join(root, 'src/database/migrate.ts'), command],
    { cwd: root, env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl }, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('The migration command (e2e)', () => {
  let db: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    const fresh = await freshDatabase();
    // The in-memory embedded database would not outlive one command: use a folder instead.
    if (fresh.url.startsWith('pglite://')) {
      const dir = mkdtempSync(join(tmpdir(), 'clinic-migrate-'));
      db = { url: `pglite://${join(dir, 'pglite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    } else {
      db = fresh;
    }
  });
  afterAll(async () => {
    await db.drop();
  });

  it('applies every migration, then has nothing left to do, and reverts the last one', () => {
    const first = migrate('run', db.url);
    expect(first).toEqual({ status: 0, output: expect.stringMatching(/^applied: InitialSchema\d+, /) });
    expect(migrate('run', db.url)).toEqual({ status: 0, output: 'the schema is up to date\n' });
    expect(migrate('revert', db.url)).toEqual({ status: 0, output: 'reverted the last migration\n' });
    expect(migrate('run', db.url).output).toMatch(/^applied: /);
  });

  it('refuses an unknown command with its usage and exit code 1', () => {
    expect(migrate('sideways', db.url)).toEqual({ status: 1, output: 'usage: migrate run | revert\n' });
  });
});
