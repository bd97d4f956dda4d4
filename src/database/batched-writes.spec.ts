import type { EntityManager } from 'typeorm';
import { composeWrites, runWrites } from './batched-writes';

describe('composeWrites', () => {
  it('numbers each write’s values after the ones before it and counts what each returned', () => {
    const { text, params } = composeWrites([
      { statement: 'INSERT INTO a (x, y) VALUES ($1, $2) RETURNING 1', params: ['x', 'y'] },
      { statement: 'INSERT INTO b (z) SELECT $1 WHERE $1 IS NOT NULL RETURNING 1', params: [3] },
      { statement: 'DELETE FROM c WHERE id = ANY($1::uuid[]) AND kind = $2 RETURNING 1', params: [['id'], 'k'] },
    ]);
    expect(text).toBe(
      'WITH w0 AS (INSERT INTO a (x, y) VALUES ($1, $2) RETURNING 1), ' +
        'w1 AS (INSERT INTO b (z) SELECT $3 WHERE $3 IS NOT NULL RETURNING 1), ' +
        'w2 AS (DELETE FROM c WHERE id = ANY($4::uuid[]) AND kind = $5 RETURNING 1) ' +
        'SELECT (SELECT count(*) FROM w0)::int AS w0, (SELECT count(*) FROM w1)::int AS w1, ' +
        '(SELECT count(*) FROM w2)::int AS w2',
    );
    expect(params).toEqual(['x', 'y', 3, ['id'], 'k']);
  });

  it('numbers two-digit placeholders as numbers, not as text', () => {
    const statement = `INSERT INTO t VALUES (${Array.from({ length: 11 }, (_, i) => `$${i + 1}`).join(', ')}) RETURNING 1`;
    const { text } = composeWrites([
      { statement: 'INSERT INTO s VALUES ($1) RETURNING 1', params: [0] },
      { statement, params: Array.from({ length: 11 }, (_, i) => i) },
    ]);
    expect(text).toContain('INSERT INTO t VALUES ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)');
  });

  it('refuses a write whose values do not match its placeholders', () => {
    expect(() =>
      composeWrites([{ statement: 'INSERT INTO a VALUES ($1, $2) RETURNING 1', params: ['only one'] }]),
    ).toThrow('a batched write uses $1..$2 but has 1 values');
  });
});

describe('runWrites', () => {
  /** A transaction's manager whose one connection answers `row` to any statement and counts the statements. */
  function answering(row: Record<string, number>): { em: EntityManager; sent: () => number } {
    let sent = 0;
    const client = {
      query: () => {
        sent += 1;
        return Promise.resolve({ rows: [row] });
      },
    };
    const em = {
      connection: { logger: { logQuery: () => undefined, logQueryError: () => undefined } },
      queryRunner: { connect: () => Promise.resolve(client) },
    } as unknown as EntityManager;
    return { em, sent: () => sent };
  }

  it('answers each write’s count in order and hands it to its done', async () => {
    const { em, sent } = answering({ w0: 2, w1: 0 });
    const done: number[] = [];
    const counts = await runWrites(em, [
      { statement: 'INSERT INTO a VALUES ($1) RETURNING 1', params: [1], done: (n) => done.push(n) },
      { statement: 'INSERT INTO b VALUES ($1) RETURNING 1', params: [2] },
    ]);
    expect(counts).toEqual([2, 0]);
    expect(done).toEqual([2]);
    expect(sent()).toBe(1);
  });

  it('sends nothing without writes', async () => {
    const { em, sent } = answering({});
    await expect(runWrites(em, [])).resolves.toEqual([]);
    expect(sent()).toBe(0);
  });
});
