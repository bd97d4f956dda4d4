import { QueryFailedError, type DataSource, type EntityManager, type QueryRunner } from 'typeorm';

/** The part of node-postgres' client a transaction's control statements need (PGlite's adapter gives it too). */
interface PgClient {
  query(text: string): Promise<unknown>;
}

/** What TypeORM's own `startTransaction` sets on its query runner (`transactionDepth` is protected there). */
interface RunnerState {
  isTransactionActive: boolean;
  transactionDepth: number;
}

/**
 * `dataSource.transaction(work)` for the hot write paths (the booking): the same statements on the same pooled
 * connection (START TRANSACTION, the work on the transaction's own `EntityManager`, COMMIT; ROLLBACK when anything
 * fails, a failed ROLLBACK swallowed; the connection back to the pool), the same `QueryFailedError` and query log for
 * a failing control statement, and a nested `em.transaction` still becomes a savepoint. What it leaves out is
 * TypeORM's wrapping of the three control statements: four subscriber broadcasts (BeforeTransactionStart, …,
 * AfterTransactionCommit) and the query wrapper's before/after-query broadcasts and result building, awaited one after
 * another. The app registers no TypeORM subscriber, so they had nothing to tell; with one registered, this falls
 * back to TypeORM's own transaction.
 */
export async function runTransaction<T>(dataSource: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.subscribers.length > 0) {
    return dataSource.transaction(work);
  }
  const runner = dataSource.createQueryRunner();
  const state = runner as unknown as RunnerState;
  try {
    const client = (await runner.connect()) as PgClient;
    await control(dataSource, runner, client, 'START TRANSACTION');
    state.isTransactionActive = true;
    state.transactionDepth = 1;
    let result: T;
    try {
      result = await work(runner.manager);
      if (state.transactionDepth !== 1 || !state.isTransactionActive) {
        // The work ended the transaction or left a savepoint open through the runner itself: TypeORM's own
        // commitTransaction would then be the one to judge; nothing in the app does this.
        throw new Error('runTransaction: the work changed the transaction state of its query runner');
      }
      await control(dataSource, runner, client, 'COMMIT');
    } catch (error) {
      try {
        await control(dataSource, runner, client, 'ROLLBACK');
      } catch {
        // The original error is what the caller needs, as with TypeORM's own transaction.
      }
      throw error;
    } finally {
      state.isTransactionActive = false;
      state.transactionDepth = 0;
    }
    return result;
  } finally {
    await runner.release();
  }
}

async function control(dataSource: DataSource, runner: QueryRunner, client: PgClient, sql: string): Promise<void> {
  dataSource.logger.logQuery(sql, undefined, runner);
  try {
    await client.query(sql);
  } catch (error) {
    dataSource.logger.logQueryError(error instanceof Error ? error : String(error), sql, undefined, runner);
    throw new QueryFailedError(sql, undefined, error instanceof Error ? error : new Error(String(error)));
  }
}
