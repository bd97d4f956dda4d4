import { relative } from 'node:path';
import type { AppConfig } from '../config/app-config';

/** Where a person (or a script) finds each face of a running service. */
export interface ServiceUrls {
  api: string;
  /** Swagger UI, the OpenAPI JSON and the AsyncAPI document; null when `DOCS_ENABLED=false`. */
  docs: { swaggerUi: string; openApi: string; asyncApi: string } | null;
  /** The Socket.IO namespace URL a client passes to `io()` (default path `/socket.io`). */
  socket: string;
  health: string;
}

/** A host the listener is bound to, as a browser on this machine would reach it. */
function reachableHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') {
    return 'localhost';
  }
  return host.includes(':') ? `[${host}]` : host;
}

export function serviceUrls(config: AppConfig, port: number): ServiceUrls {
  const base = `http://${reachableHost(config.host)}:${port}`;
  return {
    api: `${base}/api/v1`,
    docs: config.docsEnabled
      ? { swaggerUi: `${base}/docs`, openApi: `${base}/docs-json`, asyncApi: `${base}/docs/asyncapi.json` }
      : null,
    socket: `${base}/notifications`,
    health: `${base}/health/ready`,
  };
}

/** The database in words, never with its credentials. */
export function describeDatabase(database: AppConfig['database']): string {
  if (database.kind === 'pglite') {
    return database.dataDir === null
      ? 'embedded PGlite in memory, gone when the process stops'
      : `embedded PGlite in ${relative(process.cwd(), database.dataDir) || '.'}`;
  }
  const url = new URL(database.url);
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}

/** The lines printed at start in a terminal: what runs, and where each face of it lives. */
export function startBanner(config: AppConfig, urls: ServiceUrls): string {
  const rows: [string, string][] = [['API', urls.api]];
  if (urls.docs) {
    rows.push(['Swagger UI', urls.docs.swaggerUi], ['OpenAPI', urls.docs.openApi], ['AsyncAPI', urls.docs.asyncApi]);
  }
  rows.push(['Socket.IO', `${urls.socket}  (path /socket.io, auth: { token })`], ['Health', urls.health]);
  const lines = [
    '',
    `  Clinic Booking is running (${config.nodeEnv}, ${describeDatabase(config.database)})`,
    '',
    ...rows.map(([name, url]) => `  ${name.padEnd(11)} ${url}`),
    '',
  ];
  if (config.nodeEnv !== 'production') {
    lines.push('  No data yet? `npm run seed` fills a demo clinic and prints its logins.', '');
  }
  return `${lines.join('\n')}\n`;
}
