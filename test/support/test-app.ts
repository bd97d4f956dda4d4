import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { loadConfig, type AppConfig } from '../../src/config/app-config';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
export const ADMIN_EMAIL = 'admin@clinic.test';
export const ADMIN_PASSWORD = 'admin-password-1';

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  config: AppConfig;
  dataSource: DataSource;
  /** The database URL the app runs on (a fresh database per test file). */
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * A fresh database for one test file: on `TEST_DATABASE_URL` (PostgreSQL) a new database named after it, dropped
 * at the end; otherwise an in-memory PGlite. Either way the schema comes from the migrations.
 */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    return { url: 'pglite://memory', drop: async () => undefined };
  }
  const parsed = new URL(base);
  const baseName = parsed.pathname.replace(/^\//, '');
  if (!/test/i.test(baseName)) {
    throw new Error(`TEST_DATABASE_URL must name a database containing "test", got "${baseName}"`);
  }
  const name = `${baseName}_${process.pid}_${randomBytes(4).toString('hex')}`.toLowerCase();
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  parsed.pathname = `/${name}`;
  return {
    url: parsed.toString(),
    drop: async () => {
      const client = new Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export function testEnv(databaseUrl: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    BCRYPT_ROUNDS: '4',
    RATE_LIMIT_ADDRESS_MAX: '0',
    RATE_LIMIT_BOOKINGS_PER_MINUTE: '0',
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    ...overrides,
  };
}

/** Boots the real application (Fastify, guards, pipes, filters) on a random port. */
export async function startTestApp(
  overrides: Record<string, string> = {},
  database?: { url: string; drop(): Promise<void> },
): Promise<TestApp> {
  const db = database ?? (await freshDatabase());
  const config = loadConfig(testEnv(db.url, overrides));
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    config,
    databaseUrl: db.url,
    dataSource: app.get(DataSource),
    close: async () => {
      await app.close();
      if (!database) {
        await db.drop();
      }
    },
  };
}
