import { createApp } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/app-config';
import { testEnv } from '../support/test-app';

/**
 * Its own file: nestjs-pino keeps one out-of-request logger per process (the first it is given), so this app must be
 * the first one built here.
 */
describe('an app that fails to start (e2e)', () => {
  it("writes Nest's lines and the error as JSON to the app's log, nothing to stdout or stderr", async () => {
    const written: string[] = [];
    const bypassed: string[] = [];
    for (const stream of [process.stdout, process.stderr]) {
      jest.spyOn(stream, 'write').mockImplementation((chunk: unknown) => {
        bypassed.push(String(chunk));
        return true;
      });
    }
    try {
      // Nothing listens on port 1: the database module cannot start.
      const config = loadConfig(testEnv('postgres://postgres@127.0.0.1:1/nowhere', { LOG_LEVEL: 'debug' }));
      await expect(
        createApp(config, { logDestination: { write: (line) => void written.push(line) } }),
      ).rejects.toThrow();
    } finally {
      jest.restoreAllMocks();
    }

    expect(bypassed).toEqual([]);
    const records = written.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.some((r) => r.context === 'InstanceLoader' && r.level === 20)).toBe(true);
    expect(records.some((r) => r.context === 'ExceptionHandler' && r.level === 50)).toBe(true);
  });
});
