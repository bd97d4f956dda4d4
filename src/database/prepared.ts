import { createHash } from 'node:crypto';
import { QueryFailedError, type EntityManager, type QueryRunner } from 'typeorm';

/** The part of node-postgres' client (and pool) this needs (PostgreSQL and the PGlite adapter both give one). */
interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * The pool TypeORM's Postgres driver keeps (`master`, a node-postgres `Pool`), when there is one. A read outside a
 * transaction takes a client from it for the one statement, as TypeORM's own query runner would, without building a
 * query runner and an entity manager for it (a tenth of the app's own CPU on an authenticated GET by id).
 */
function poolOf(em: EntityManager): PgClient | null {
  const master = (em.connection.driver as unknown as { master?: unknown }).master;
  return typeof master === 'object' && master !== null && typeof (master as PgClient).query === 'function'
    ? (master as PgClient)
    : null;
}

const names = new Map<string, string>();

/** A statement's name is derived from its text, so one name can never stand for two texts on a connection. */
function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `s_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a read as a named prepared statement: each connection parses it once, and after a few runs PostgreSQL keeps
 * a generic plan, so a repeat skips parse and planning. For the short lookups by key that run on every request (the
 * caller, one appointment with its four joins): planning that join was most of the database's time per request;
 * prepared, the statement ran 7× as often per second (pgbench, same machine).
 *
 * Not for statements whose best plan depends on their values: a generic plan could be a bad one. A read by a list or
 * a range may use it when one index fits every value it can be given, as for the reads of free time
 * (`DoctorSlotsRepository`: each branch of the busy-time read walks its index by doctor or patient and start, from
 * one doctor to a batch of hundreds and from a day to the longest range; the directory read filters on the
 * specialization index or scans the doctors, as its custom plans do). PostgreSQL also keeps a generic plan only while
 * its estimated cost stays close to the custom plans' it tried first. The batched writes of a change (`runWrites`)
 * run through it too: inserts whose rows come from their own arrays (`unnest`) or by primary key, which plan alike
 * whatever the values.
 * Inside a transaction it runs on the transaction's own connection. Failures are TypeORM's `QueryFailedError`, so
 * they are mapped like every other database error.
 */
export async function queryPrepared<T>(em: EntityManager, text: string, params: unknown[]): Promise<T[]> {
  const logger = em.connection.logger;
  const pool = em.queryRunner === undefined ? poolOf(em) : null;
  if (pool) {
    logger.logQuery(text, params);
    try {
      const result = await pool.query({ name: nameOf(text), text, values: params });
      return result.rows as T[];
    } catch (error) {
      throw failed(error, text, params, em);
    }
  }
  const runner = em.queryRunner ?? em.connection.createQueryRunner();
  const owned = em.queryRunner === undefined;
  logger.logQuery(text, params, runner);
  try {
    const client = (await runner.connect()) as PgClient;
    const result = await client.query({ name: nameOf(text), text, values: params });
    return result.rows as T[];
  } catch (error) {
    throw failed(error, text, params, em, runner);
  } finally {
    if (owned) {
      await runner.release();
    }
  }
}

/** Logs the failure as TypeORM does and gives it as TypeORM's `QueryFailedError`. */
function failed(error: unknown, text: string, params: unknown[], em: EntityManager, runner?: QueryRunner): unknown {
  em.connection.logger.logQueryError(error instanceof Error ? error : String(error), text, params, runner);
  if (error instanceof QueryFailedError || !(error instanceof Error)) {
    return error;
  }
  return new QueryFailedError(text, params, error);
}
