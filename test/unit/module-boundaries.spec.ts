import { ESLint } from 'eslint';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The module boundaries of src/ (eslint-plugin-boundaries, configured in eslint.config.mjs), checked through ESLint's
 * own API with the project's configuration: a snippet is linted as if it were a file of src/, and its imports are
 * resolved against the real files of src/.
 *
 * Snippets are not files on disk, so the type-aware parser setup is switched off and only the boundaries rule runs.
 */
const root = path.resolve(__dirname, '../..');
const RULE = 'boundaries/dependencies';
const snippetsOnly = (settings: Record<string, unknown> = {}) => ({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } }, settings },
  ruleFilter: ({ ruleId }: { ruleId: string }) => ruleId === RULE,
});

async function lint(eslint: ESLint, dir: string, file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(dir, 'src', file) });
  const fatal = result.messages.filter((message) => message.fatal);
  expect(fatal).toEqual([]);
  return result.messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
}

/** The snippet's relative import must name a real file, or the case would prove nothing (an unresolved import is not checked). */
function expectTargetExists(file: string, code: string) {
  const spec = /from '(\.[^']+)'/.exec(code)?.[1];
  if (spec) {
    const target = path.resolve(root, 'src', path.dirname(file), spec);
    expect({ target, exists: fs.existsSync(`${target}.ts`) }).toEqual({ target, exists: true });
  }
}

describe('the module boundaries of src/ (eslint-plugin-boundaries)', () => {
  const eslint = new ESLint({ cwd: root, ...snippetsOnly() });

  it.each([
    ['inside a module, anything', 'appointments/x.ts', "import { x } from './booking.repository';"],
    ["another module's public surface", 'appointments/x.ts', "import { x } from '../scheduling/availability-rules';"],
    ["a public folder (another module's DTOs)", 'auth/dto/x.ts', "import { x } from '../../users/dto/user.dto';"],
    ['the kernel', 'users/x.ts', "import { x } from '../outbox/domain-event-publisher';"],
    ["the kernel uses the caller's type", 'common/throttling/x.ts', "import type { Actor } from '../../auth/actor';"],
    ['the entry points assemble everything', 'bootstrap.ts', "import { x } from './demo/seed';"],
    ['the entry points reach anything', 'app.module.ts', "import { x } from './appointments/booking.repository';"],
    ['a root uses an entry point', 'demo/x.ts', "import { createApp } from '../bootstrap';"],
    ['packages are not checked', 'users/x.ts', "import { x } from '@app/contracts';"],
  ])('allows %s', async (_case, file, code) => {
    expectTargetExists(file, code);
    expect(await lint(eslint, root, file, code)).toEqual([]);
  });

  it.each([
    [
      'a private file of another module',
      'scheduling/x.ts',
      "import { x } from '../appointments/booking.repository';",
      /^feature 'scheduling' may not use feature 'appointments' \('booking\.repository\.ts'\)/,
    ],
    [
      'a private file of another module, re-exported',
      'notifications/dto/x.ts',
      "export { x } from '../../doctors/doctors.controller';",
      /^feature 'notifications' may not use feature 'doctors' \('doctors\.controller\.ts'\)/,
    ],
    [
      'a type from a private file',
      'patients/x.ts',
      "import type { x } from '../auth/token.service';",
      /^feature 'patients' may not use feature 'auth' \('token\.service\.ts'\)/,
    ],
    [
      'a feature in the kernel, even its public surface',
      'database/x.ts',
      "import { x } from '../appointments/appointment.entity';",
      /^kernel 'database' may not use feature 'appointments' \('appointment\.entity\.ts'\)/,
    ],
    [
      'a root from a feature',
      'appointments/x.ts',
      "import { x } from '../demo/demo-plan';",
      /^feature 'appointments' may not use root 'demo' \('demo-plan\.ts'\)/,
    ],
    [
      'a root from another root',
      'api-docs/x.ts',
      "import { x } from '../demo/demo-plan';",
      /^root 'api-docs' may not use root 'demo'/,
    ],
  ])('refuses %s', async (_case, file, code, message) => {
    expectTargetExists(file, code);
    const messages = await lint(eslint, root, file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it('refuses a folder of src/ that is not a declared module', async () => {
    // A throwaway tree, so that src/ is left alone: src/billing exists there but is declared nowhere.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'module-boundaries-'));
    try {
      fs.mkdirSync(path.join(dir, 'src', 'billing'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'src', 'billing', 'invoice.ts'), 'export const x = 1;\n');
      const elsewhere = new ESLint({
        cwd: dir,
        overrideConfigFile: path.join(root, 'eslint.config.mjs'),
        ...snippetsOnly({ 'boundaries/root-path': dir }),
      });
      const messages = await lint(elsewhere, dir, 'appointments/x.ts', "import { x } from '../billing/invoice';");
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^feature 'appointments' may not use undeclared 'billing' \('invoice\.ts'\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
