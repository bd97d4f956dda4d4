import { Global, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { createDatabase, DatabaseHandle } from './data-source.factory';
import { DatabaseProbe } from './database.probe';
import { ExpiredRowsSweeper } from './expired-rows.sweeper';

const handles = new WeakMap<DataSource, DatabaseHandle>();

/** TypeORM's module destroys the DataSource; this also closes the embedded PGlite behind it. */
@Injectable()
class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    await handles.get(this.dataSource)?.close();
  }
}

/**
 * One DataSource for the app. Migrations run inside `initialize()` (`migrationsRun`), so a started process
 * always has the schema its code expects; `synchronize` is never on.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig) {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          // Retries help a server that is still starting; for the embedded database each retry would open a second
          // PGlite on the same folder while the failed one stays open, so it fails at once instead.
          // Each feature registers its own entities (`TypeOrmModule.forFeature`); they reach the data source here.
          useFactory: () => ({
            type: 'postgres',
            autoLoadEntities: true,
            migrationsRun: true,
            retryAttempts: config.database.kind === 'pglite' ? 0 : 3,
            retryDelay: 1000,
          }),
          dataSourceFactory: async (options) => {
            const handle = await createDatabase(config.database, {
              statementTimeoutMs: config.dbStatementTimeoutMs,
              poolSize: config.dbPoolSize,
              entities: options?.entities,
            });
            handle.dataSource.setOptions({ migrationsRun: true });
            handles.set(handle.dataSource, handle);
            return handle.dataSource;
          },
        }),
      ],
      providers: [DatabaseLifecycle, ExpiredRowsSweeper, DatabaseProbe],
      exports: [ExpiredRowsSweeper, DatabaseProbe],
    };
  }
}
