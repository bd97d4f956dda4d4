import { Client } from 'pg';

/** The benchmark only ever creates and drops a database whose name says it is one. */
function benchDatabaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/bench/i.test(name) || !/^[A-Za-z0-9_]+$/.test(name)) {
    throw new Error(`BENCH_DATABASE_URL must name a database containing "bench" (letters, digits, _), got "${name}"`);
  }
  return name;
}

async function onMaintenanceDatabase<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty bench database (one left by an interrupted run is dropped first). */
export async function recreateBenchDatabase(url: string): Promise<void> {
  const name = benchDatabaseName(url);
  await onMaintenanceDatabase(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

/** Another bench database on the same server: `<name>_<suffix>`. */
export function siblingDatabase(url: string, suffix: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${benchDatabaseName(url)}_${suffix}`;
  return parsed.toString();
}

export async function dropBenchDatabase(url: string): Promise<void> {
  const name = benchDatabaseName(url);
  await onMaintenanceDatabase(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

export async function serverVersion(url: string): Promise<string> {
  return onMaintenanceDatabase(url, async (client) => {
    const { rows } = await client.query<{ version: string }>(`SELECT current_setting('server_version') AS version`);
    return rows[0]?.version ?? 'unknown';
  });
}

/** The server's data directory (`data_directory` needs a superuser, or pg_read_all_settings). */
export async function serverDataDirectory(url: string): Promise<string> {
  return onMaintenanceDatabase(url, async (client) => {
    const { rows } = await client.query<{ dir: string }>(`SELECT current_setting('data_directory') AS dir`);
    return rows[0].dir;
  });
}

/** The URL without its password, for the results file. */
export function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) {
    parsed.password = '***';
  }
  return parsed.toString();
}
