import { QueryFailedError } from 'typeorm';
import { queryPrepared } from '../../src/database/prepared';
import { startTestApp, type TestApp } from '../support/test-app';

/** `queryPrepared` on the real drivers (PostgreSQL with TEST_DATABASE_URL, else PGlite through the pg adapter). */
describe('Prepared statements (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs the same statement again and again with new values (parsed once per connection)', async () => {
    for (let n = 0; n < 8; n += 1) {
      const rows = await queryPrepared<{ doubled: number }>(t.dataSource.manager, 'SELECT $1::int * 2 AS doubled', [n]);
      expect(rows).toEqual([{ doubled: n * 2 }]);
    }
  });

  it('fails as TypeORM fails, so the one error mapping applies', async () => {
    const failure = queryPrepared(t.dataSource.manager, 'SELECT 1 / $1::int AS never', [0]);
    await expect(failure).rejects.toBeInstanceOf(QueryFailedError);
    await expect(failure).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '22012' }) });
  });

  it("runs inside a transaction on the transaction's own connection", async () => {
    await expect(
      t.dataSource.transaction(async (em) => {
        await em.query('CREATE TEMPORARY TABLE prepared_probe (n int) ON COMMIT DROP');
        await em.query('INSERT INTO prepared_probe VALUES (41)');
        // Only the transaction's connection sees its temporary table (and PGlite's one connection would wait on
        // itself if this asked the pool for another).
        return queryPrepared<{ n: number }>(em, 'SELECT n + $1::int AS n FROM prepared_probe', [1]);
      }),
    ).resolves.toEqual([{ n: 42 }]);
  });
});
