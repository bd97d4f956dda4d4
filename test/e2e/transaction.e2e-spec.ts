import { DataSource, QueryFailedError } from 'typeorm';
import { runTransaction } from '../../src/database/transaction';
import { startTestApp, type TestApp } from '../support/test-app';

/** `runTransaction` keeps TypeORM's transaction semantics: commit, rollback, savepoints, typed failures, release. */
describe('runTransaction (e2e)', () => {
  let t: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    dataSource = t.app.get(DataSource);
    await dataSource.query('CREATE TABLE IF NOT EXISTS run_transaction_probe (tag text NOT NULL UNIQUE)');
  });
  afterAll(async () => {
    await dataSource.query('DROP TABLE IF EXISTS run_transaction_probe');
    await t.close();
  });

  async function tags(): Promise<string[]> {
    const rows: { tag: string }[] = await dataSource.query('SELECT tag FROM run_transaction_probe ORDER BY tag');
    return rows.map((row) => row.tag);
  }

  it('commits the work and returns its value, on one connection', async () => {
    const value = await runTransaction(dataSource, async (em) => {
      await em.query("INSERT INTO run_transaction_probe (tag) VALUES ('committed')");
      const [inside]: { active: boolean }[] = await em.query(
        "SELECT count(*) = 1 AS active FROM run_transaction_probe WHERE tag = 'committed'",
      );
      expect(em.queryRunner?.isTransactionActive).toBe(true);
      return inside.active;
    });
    expect(value).toBe(true);
    expect(await tags()).toContain('committed');
  });

  it("rolls everything back when the work throws, and rethrows the work's own error", async () => {
    const failure = new Error('the work failed');
    await expect(
      runTransaction(dataSource, async (em) => {
        await em.query("INSERT INTO run_transaction_probe (tag) VALUES ('rolled-back')");
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await tags()).not.toContain('rolled-back');
  });

  it("gives a failing statement as TypeORM's QueryFailedError and rolls back what ran before it", async () => {
    await expect(
      runTransaction(dataSource, async (em) => {
        await em.query("INSERT INTO run_transaction_probe (tag) VALUES ('before-duplicate')");
        await em.query("INSERT INTO run_transaction_probe (tag) VALUES ('committed')");
      }),
    ).rejects.toBeInstanceOf(QueryFailedError);
    expect(await tags()).not.toContain('before-duplicate');
  });

  it('turns a nested transaction into a savepoint: its failure undoes only its own work', async () => {
    await runTransaction(dataSource, async (em) => {
      await em.query("INSERT INTO run_transaction_probe (tag) VALUES ('outer')");
      await expect(
        em.transaction(async (inner) => {
          await inner.query("INSERT INTO run_transaction_probe (tag) VALUES ('inner')");
          throw new Error('inner failed');
        }),
      ).rejects.toThrow('inner failed');
    });
    expect(await tags()).toEqual(expect.arrayContaining(['outer']));
    expect(await tags()).not.toContain('inner');
  });

  it('hands every connection back to the pool, after a commit and after a rollback', async () => {
    const runners = (dataSource.driver as unknown as { connectedQueryRunners: unknown[] }).connectedQueryRunners;
    const before = runners.length;
    await runTransaction(dataSource, async (em) => em.query('SELECT 1'));
    await runTransaction(dataSource, async () => {
      throw new Error('no');
    }).catch(() => undefined);
    expect(runners.length).toBe(before);
  });
});
