import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../../src/config/app-config';
import { freshDatabase, testEnv } from './test-app';

const root = join(__dirname, '..', '..');
const BUILT_MAIN = join(root, 'dist', 'src', 'main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      newest = Math.max(newest, newestSource(path));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

/**
 * The API documents are only complete in the build: the Swagger CLI plugin (DTO properties from their types and
 * JSDoc, answers from return types) runs in `nest build`, not under the test runner's SWC. CI builds before testing;
 * a local run builds here when `dist/` is missing or older than the sources.
 */
export function ensureBuilt(): void {
  const sources = Math.max(newestSource(join(root, 'src')), newestSource(join(root, 'libs', 'contracts', 'src')));
  if (existsSync(BUILT_MAIN) && statSync(BUILT_MAIN).mtimeMs >= sources) {
    return;
  }
  execFileSync(process.execPath, [join(root, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
}

export interface BuiltApp {
  app: NestFastifyApplication;
  url: string;
  close(): Promise<void>;
}

/** The built application (`dist/`), on a fresh database, on a random port: what `npm start` serves. */
export async function startBuiltApp(overrides: Record<string, string> = {}): Promise<BuiltApp> {
  ensureBuilt();
  /* eslint-disable @typescript-eslint/no-require-imports -- the build is loaded at run time, after it is made */
  const { createApp } = require(join(root, 'dist', 'src', 'bootstrap.js')) as {
    createApp(config: AppConfig): Promise<NestFastifyApplication>;
  };
  const { loadConfig } = require(join(root, 'dist', 'src', 'config', 'app-config.js')) as {
    loadConfig(env: Record<string, string>): AppConfig;
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const db = await freshDatabase();
  const app = await createApp(loadConfig(testEnv(db.url, overrides)));
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
