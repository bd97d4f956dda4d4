import { Logger } from '@nestjs/common';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { Pool, PoolClient } from 'pg';
import { createDatabase, type DatabaseHandle } from '../../src/database/data-source.factory';
import { toErrorResponse } from '../../src/common/errors/error-response';
import { startTestApp, type TestApp } from '../support/test-app';

/** PostgreSQL's ErrorResponse for a fast shutdown, as the server sends it to every session (57P01, FATAL). */
function adminShutdownMessage(): Buffer {
  const field = (code: string, value: string) => Buffer.concat([Buffer.from(code), Buffer.from(`${value}\0`)]);
  const body = Buffer.concat([
    field('S', 'FATAL'),
    field('V', 'FATAL'),
    field('C', '57P01'),
    field('M', 'terminating connection due to administrator command'),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

/**
 * A TCP proxy in front of the test's PostgreSQL. While `endNewSessions` is on, each new session is ended as a
 * shutting-down server ends it at the worst moment: the server's answers to the startup, up to and including its
 * first ReadyForQuery, and the FATAL 57P01 go to the client in one write, and the socket closes.
 */
async function startProxy(target: URL): Promise<{ url: string; endNewSessions: boolean; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const state = { endNewSessions: false };
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    const ending = state.endNewSessions;
    let startup = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk: Buffer) => {
      if (!ending || started) {
        client.write(chunk);
        return;
      }
      startup = Buffer.concat([startup, chunk]);
      // The server's messages: a type byte and a length that counts itself; the first 'Z' ends the startup.
      for (let at = 0; at + 5 <= startup.length;) {
        const type = String.fromCharCode(startup[at]);
        const end = at + 1 + startup.readInt32BE(at + 1);
        if (end > startup.length) {
          return;
        }
        if (type === 'Z') {
          started = true;
          client.end(Buffer.concat([startup.subarray(0, end), adminShutdownMessage()]));
          upstream.destroy();
          return;
        }
        at = end;
      }
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const url = new URL(target.toString());
  url.host = `127.0.0.1:${port}`;
  return {
    url: url.toString(),
    get endNewSessions() {
      return state.endNewSessions;
    },
    set endNewSessions(on: boolean) {
      state.endNewSessions = on;
    },
    close: async () => {
      for (const socket of sockets) {
        socket.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The app's connection pool against a server that ends sessions as they open (PostgreSQL only: PGlite has none). */
(process.env.TEST_DATABASE_URL ? describe : describe.skip)('Database connections (e2e)', () => {
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    proxy = await startProxy(new URL(process.env.TEST_DATABASE_URL!));
    handle = await createDatabase({ kind: 'postgres', url: proxy.url }, { statementTimeoutMs: 10_000 });
    await handle.dataSource.initialize();
  });
  afterAll(async () => {
    await handle?.close();
    await proxy?.close();
  });

  it('keeps the process up when a new connection is ended in the packet that opened it, and recovers', async () => {
    const pool = (handle.dataSource.driver as unknown as { master: Pool }).master;
    // Every idle client is held, so the next query runner needs a new connection.
    const held: PoolClient[] = [];
    while (pool.idleCount > 0) {
      held.push(await pool.connect());
    }
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    proxy.endNewSessions = true;
    try {
      // The pool hands the new client to TypeORM's query runner, which adds its error listener a promise turn later:
      // the FATAL is emitted in between. Unguarded, node-postgres throws it out of the socket's data handler.
      const failure = await handle.dataSource.query('SELECT 1').then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).not.toBeNull();
      // As a request it is the contract's 503, as any lost connection.
      expect(toErrorResponse(failure, '/x', 'r').body).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' });
      // Said once in the log, by the client's own listener: no one else was listening.
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('terminating connection due to administrator command'));
    } finally {
      proxy.endNewSessions = false;
      warn.mockRestore();
      for (const client of held) {
        client.release();
      }
    }
    // The dead client left the pool; the next queries run.
    await expect(handle.dataSource.query('SELECT 2 AS n')).resolves.toEqual([{ n: 2 }]);
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) => handle.dataSource.query('SELECT $1::int AS n', [i])),
    );
    expect(results.map(([row]) => (row as { n: number }).n)).toEqual([0, 1, 2, 3]);
  });
});

/** `DB_POOL_SIZE` bounds the connections one instance opens (PostgreSQL only: PGlite is one session). */
(process.env.TEST_DATABASE_URL ? describe : describe.skip)('DB_POOL_SIZE (e2e)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ DB_POOL_SIZE: '3' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens at most DB_POOL_SIZE connections however many queries wait', async () => {
    // Six at once, each holding its connection for a moment: with the default pool of 20 they would run on six.
    const rows = await Promise.all(
      Array.from({ length: 6 }, () =>
        app.dataSource.query<{ pid: number }[]>('SELECT pg_backend_pid() AS pid, pg_sleep(0.2)'),
      ),
    );
    const pids = new Set(rows.map(([row]) => row.pid));
    expect(pids.size).toBeGreaterThan(0);
    expect(pids.size).toBeLessThanOrEqual(3);
    // Nor does the instance hold any connection beside its pool: every session on its database is one of the three.
    const [{ count }] = await app.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database()',
    );
    expect(count).toBeLessThanOrEqual(3);
  });
});
