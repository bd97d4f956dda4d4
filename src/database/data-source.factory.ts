import { PGlite, type Extension } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Logger } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { Client, types, type ClientConfig } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config';
import { DEFAULT_DB_POOL_SIZE } from '../config/env.schema';
import { MIGRATIONS } from './migration-list';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// PGlite types its contrib folder as ESM only; the package ships a CommonJS build of it, which we load.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { btree_gist } = require('@electric-sql/pglite/contrib/btree_gist') as { btree_gist: Extension };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };

// `date` columns (date of birth) stay 'YYYY-MM-DD' strings: no server time zone can shift them.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

const logger = new Logger('Database');

/**
 * node-postgres' client, born with a listener for its `error` event. The event comes when the connection fails, and
 * an `error` that nothing listens for is thrown: it would end the process. pg-pool listens while a client is idle and
 * TypeORM's query runner while it holds one, but a new client is in neither's hands for a moment: the pool removes
 * its listener as it hands the client over, and TypeORM adds its own one promise turn later. A server that ends the
 * connection in the same packet that finishes opening it (a shutdown: 57P01) lands in that gap. The client is then
 * unusable: its query fails as a lost connection (503 `SERVICE_UNAVAILABLE`), and the pool drops it when it comes
 * back. The listener only logs, and only when no one else listened.
 */
export class GuardedClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (error: Error) => {
      if (this.listenerCount('error') === 1) {
        logger.warn(`a database connection failed between pool and query runner: ${error.message}`);
      }
    });
  }
}

export interface DatabaseHandle {
  dataSource: DataSource;
  /** Closes the pool and, for the embedded database, PGlite itself. */
  close(): Promise<void>;
}

interface Options {
  statementTimeoutMs: number;
  poolSize?: number;
  /**
   * The entities the app maps: each feature registers its own (`TypeOrmModule.forFeature`), and the app's module
   * hands them over (`autoLoadEntities`). Migrations and raw SQL need none.
   */
  entities?: DataSourceOptions['entities'];
}

const COMMON = {
  type: 'postgres' as const,
  migrations: MIGRATIONS,
  migrationsTableName: 'schema_migrations',
  migrationsTransactionMode: 'each' as const,
  synchronize: false,
  namingStrategy: new SnakeNamingStrategy(),
};

/**
 * The embedded database goes through PGlite's node-postgres adapter behind a pg Pool of exactly one client:
 * PGlite is one single-user backend, so a second connection would interleave sessions. With one pooled client
 * every TypeORM transaction holds the backend from BEGIN to COMMIT/ROLLBACK and other work queues behind it
 * (always use the transaction's own manager inside a transaction, or it waits on itself).
 */
async function embeddedOptions(
  dataDir: string | null,
  opts: Options,
): Promise<{ options: DataSourceOptions; pglite: PGlite }> {
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
  }
  const pglite = await PGlite.create(dataDir ?? undefined, { extensions: { btree_gist, pg_trgm } });
  const config = createPgConfig(pglite);
  return {
    pglite,
    options: {
      ...COMMON,
      entities: opts.entities ?? [],
      poolSize: 1,
      // An idle timeout would end the one client and with it the adapter's connection.
      extra: { connection: config.connection, idleTimeoutMillis: 0 },
    },
  };
}

export async function createDatabase(config: DatabaseConfig, opts: Options): Promise<DatabaseHandle> {
  if (config.kind === 'postgres') {
    const dataSource = new DataSource({
      ...COMMON,
      entities: opts.entities ?? [],
      url: config.url,
      poolSize: opts.poolSize ?? DEFAULT_DB_POOL_SIZE,
      connectTimeoutMS: 5000,
      extra: {
        Client: GuardedClient,
        statement_timeout: opts.statementTimeoutMs,
        idle_in_transaction_session_timeout: opts.statementTimeoutMs * 3,
        idleTimeoutMillis: 30_000,
      },
    });
    return {
      dataSource,
      close: async () => {
        if (dataSource.isInitialized) {
          await dataSource.destroy();
        }
      },
    };
  }
  const { options, pglite } = await embeddedOptions(config.dataDir, opts);
  const dataSource = new DataSource(options);
  return {
    dataSource,
    close: async () => {
      if (dataSource.isInitialized) {
        await dataSource.destroy();
      }
      if (!pglite.closed) {
        await pglite.close();
      }
    },
  };
}
