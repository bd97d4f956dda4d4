#!/usr/bin/env node
// Proves that @clinic-booking/client works as installed from its tarball, without the repository around it:
// builds it, packs it, unpacks it into a throwaway project under the system temp folder (its two dependencies
// linked from this repository's node_modules, so no network), then loads it with require() and import(),
// type-checks a consumer and the README's snippets against the packed declarations (module node16, and
// esnext + bundler resolution), and inspects the tarball. Exit 1 on any failure; `--keep` keeps the project.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join, relative, resolve, sep } = require('node:path');

const root = resolve(__dirname, '..');
const packageDir = join(root, 'libs/client');
const { name: packageName } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const keep = process.argv.includes('--keep');

const failures = [];
function pass(what) {
  process.stdout.write(`  ✓ ${what}\n`);
}
function failed(what, detail) {
  failures.push(what);
  process.stdout.write(`  ✗ ${what}\n${detail ? `${String(detail).trim().replace(/^/gm, '      ')}\n` : ''}`);
}
function check(what, test) {
  try {
    const problem = test();
    if (problem) {
      failed(what, problem);
    } else {
      pass(what);
    }
  } catch (error) {
    failed(what, error.stderr ? `${error.stdout ?? ''}${error.stderr}` : (error.stack ?? error));
  }
}
function step(title) {
  process.stdout.write(`\n${title}\n`);
}

/** Runs a command; answers its failure output (or null when it exits 0). */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status === 0) {
    return null;
  }
  const shown = args.map((arg) => (arg.length > 60 ? '<script>' : arg)).join(' ');
  return `${command} ${shown} exited ${result.status}\n${result.stdout}${result.stderr}`;
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((file) => join(dir, String(file)))
    .filter((file) => statSync(file).isFile());
}

// ---------------------------------------------------------------------------------------------------------------
step(`Build and pack ${packageName}`);
const work = mkdtempSync(join(tmpdir(), 'clinic-client-check-'));
const project = join(work, 'consumer');
const installed = join(project, 'node_modules', ...packageName.split('/'));
let tarball;
try {
  execFileSync('npm', ['run', '--silent', 'client:build'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  pass('npm run client:build');
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: packageDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  tarball = join(work, packed.filename);
  pass(`npm pack → ${packed.filename} (${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KiB)`);
} catch (error) {
  failed('build and pack', error.stderr ?? error);
  finish();
}

// The consumer: the unpacked tarball as a real folder, its dependencies linked from this repository.
mkdirSync(installed, { recursive: true });
execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
for (const dependency of ['openapi-fetch', 'socket.io-client', '@types/node']) {
  const link = join(project, 'node_modules', dependency);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(join(root, 'node_modules', dependency), link, 'dir');
}
writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`);

// ---------------------------------------------------------------------------------------------------------------
step('Tarball contents');
const shipped = filesUnder(installed).map((file) => relative(installed, file).split(sep).join('/'));
check(`ships only package.json, README.md and dist/ (${shipped.join(', ')})`, () => {
  const stray = shipped.filter((file) => file !== 'package.json' && file !== 'README.md' && !file.startsWith('dist/'));
  const missing = ['dist/index.cjs', 'dist/index.mjs', 'dist/index.d.ts', 'dist/index.d.mts'].filter(
    (file) => !shipped.includes(file),
  );
  return [stray.length ? `unexpected: ${stray.join(', ')}` : '', missing.length ? `missing: ${missing.join(', ')}` : '']
    .filter(Boolean)
    .join('\n');
});
check('no file refers to @app/contracts (the contracts are bundled)', () => {
  const referring = shipped.filter(
    (file) => file !== 'README.md' && readFileSync(join(installed, file), 'utf8').includes('@app/contracts'),
  );
  return referring.length ? `found in ${referring.join(', ')}` : null;
});
check('no source map points outside the package, and no absolute build path leaks', () => {
  const problems = [];
  for (const file of shipped) {
    const text = readFileSync(join(installed, file), 'utf8');
    if (text.includes(root)) {
      problems.push(`${file} contains ${root}`);
    }
    for (const [, target] of text.matchAll(/[#@] sourceMappingURL=(\S+)/g)) {
      if (!target.startsWith('data:') && !shipped.includes(join(dirname(file), target).split(sep).join('/'))) {
        problems.push(`${file} maps to ${target}, which is not in the package`);
      }
    }
    if (file.endsWith('.map')) {
      const { sources = [], sourceRoot = '' } = JSON.parse(text);
      for (const source of sources) {
        const target = resolve(installed, dirname(file), sourceRoot, source);
        if (!target.startsWith(installed + sep)) {
          problems.push(`${file} names source ${source}, outside the package`);
        }
      }
    }
  }
  return problems.join('\n') || null;
});

// ---------------------------------------------------------------------------------------------------------------
step('Loads at run time');
// Each script also books against a fake fetch that answers a 409, to see the typed error end to end.
const smoke = (load) => `
${load}
const expected = ['createClinicClient', 'unwrap', 'isApiError', 'newIdempotencyKey', 'connectNotifications', 'ClinicApiError'];
const missing = expected.filter((name) => typeof client[name] !== 'function');
if (missing.length > 0) throw new Error('missing exports: ' + missing.join(', '));
if (client.NOTIFICATIONS_NAMESPACE !== '/notifications') throw new Error('NOTIFICATIONS_NAMESPACE is ' + client.NOTIFICATIONS_NAMESPACE);
const conflict = { statusCode: 409, error: 'Conflict', code: 'APPOINTMENT_CONFLICT', message: 'taken', path: '/api/v1/appointments', timestamp: new Date().toISOString(), requestId: 'r1' };
const clinic = client.createClinicClient({ baseUrl: 'http://clinic.invalid', token: 't', fetch: async () => new Response(JSON.stringify(conflict), { status: 409, headers: { 'content-type': 'application/json' } }) });
client.unwrap(clinic.POST('/api/v1/appointments', { body: {} })).then(
  () => { throw new Error('the 409 resolved'); },
  (error) => {
    if (!client.isApiError(error, 'APPOINTMENT_CONFLICT') || error.statusCode !== 409) throw error;
    const socket = client.connectNotifications('http://clinic.invalid', 't', { autoConnect: false });
    if (socket.nsp !== '/notifications') throw new Error('socket namespace ' + socket.nsp);
  },
).catch((error) => { console.error(error); process.exit(1); });
`;
check(`require('${packageName}') (CommonJS → dist/index.cjs)`, () =>
  run(process.execPath, ['-e', smoke(`const client = require('${packageName}');`)], project),
);
check(`import('${packageName}') (ESM → dist/index.mjs)`, () =>
  run(
    process.execPath,
    ['--input-type=module', '-e', smoke(`const client = await import('${packageName}');`)],
    project,
  ),
);
check('a ClinicApiError of the CommonJS build is recognised by the ESM build', () =>
  run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       const cjs = createRequire(process.cwd() + '/')('${packageName}');
       const esm = await import('${packageName}');
       const body = { statusCode: 409, error: 'Conflict', code: 'APPOINTMENT_CONFLICT', message: 'taken', path: '/', timestamp: '', requestId: 'r' };
       if (!esm.isApiError(new cjs.ClinicApiError(body), 'APPOINTMENT_CONFLICT')) process.exit(1);`,
    ],
    project,
  ),
);

// ---------------------------------------------------------------------------------------------------------------
step('Type-checks against the packed declarations');
// A consumer that uses the public types; each @ts-expect-error proves a type is real (an `any` would fail it).
const consumer = `
import {
  connectNotifications, createClinicClient, isApiError, newIdempotencyKey, unwrap, NOTIFICATIONS_NAMESPACE,
  type Appointment, type AppointmentCreatedEvent, type AppointmentStatusChangedEvent, type ClientToServerEvents,
  type ClinicClient, type ErrorCode, type NotificationsSocket, type ServerToClientEvents, type components, type paths,
} from '${packageName}';

export async function bookOrNull(clinic: ClinicClient, doctorId: string, startsAt: string): Promise<Appointment | null> {
  try {
    return await unwrap(clinic.POST('/api/v1/appointments', {
      params: { header: { 'Idempotency-Key': newIdempotencyKey() } },
      body: { doctorId, startsAt },
    }));
  } catch (error) {
    if (isApiError(error, 'APPOINTMENT_CONFLICT', 'IDEMPOTENCY_KEY_IN_USE')) {
      const code: 'APPOINTMENT_CONFLICT' | 'IDEMPOTENCY_KEY_IN_USE' = error.code;
      // @ts-expect-error the guard narrowed the code
      const other: 'START_IN_PAST' = error.code;
      return code && other ? null : null;
    }
    throw error;
  }
}

export function listen(socket: NotificationsSocket): void {
  socket.on('appointment.created', (event: AppointmentCreatedEvent) => event.appointment.id);
  socket.on('appointment.status_changed', (event: AppointmentStatusChangedEvent) => event.previousStatus);
  // @ts-expect-error not an event of the contract
  socket.on('appointment.teleported', () => undefined);
  socket.emit('doctor.set_status', { status: 'busy' }, (ack) => (ack.ok ? undefined : ack.code));
}

const clinic = createClinicClient({ baseUrl: 'https://clinic.example.com', token: 'token' });
// @ts-expect-error not a path of the API
void clinic.GET('/api/v1/no-such-route');
// @ts-expect-error startsAt is required
void clinic.POST('/api/v1/appointments', { body: { doctorId: 'd' } });
const code: ErrorCode = 'APPOINTMENT_CONFLICT';
const namespace: '/notifications' = NOTIFICATIONS_NAMESPACE;
type Booked = paths['/api/v1/appointments']['post']['responses'][201]['content']['application/json'];
const status: Booked['status'] = 'pending';
const events: (keyof ServerToClientEvents)[] = ['appointment.created', 'notification'];
const sends: (keyof ClientToServerEvents)[] = ['doctor.set_status'];
const schemas: (keyof components['schemas'])[] = [];
export const used = [code, namespace, status, events, sends, schemas, connectNotifications];
`;
// The README's TypeScript blocks, in order, as one module (they continue each other, with top-level await).
const readme = readFileSync(join(installed, 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map(([, code]) => code);
const readmeModule = `${snippets.join('\n')}\nexport {};\n`;
writeFileSync(join(project, 'consumer.cts'), consumer);
writeFileSync(join(project, 'consumer.mts'), consumer);
writeFileSync(join(project, 'readme.mts'), readmeModule);
mkdirSync(join(project, 'bundler'));
writeFileSync(join(project, 'bundler', 'readme.ts'), readmeModule);
writeFileSync(join(project, 'bundler', 'consumer.ts'), consumer);

const strict = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  target: 'ES2022',
  forceConsistentCasingInFileNames: true,
};
const configs = {
  'tsconfig.node16.json': {
    compilerOptions: { ...strict, module: 'node16', moduleResolution: 'node16', types: ['node'], lib: ['ES2022'] },
    files: ['consumer.cts', 'consumer.mts', 'readme.mts'],
  },
  'tsconfig.bundler.json': {
    compilerOptions: {
      ...strict,
      module: 'esnext',
      moduleResolution: 'bundler',
      types: [],
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    },
    files: ['bundler/consumer.ts', 'bundler/readme.ts'],
  },
};
const tsc = join(root, 'node_modules/typescript/bin/tsc');
for (const [file, config] of Object.entries(configs)) {
  writeFileSync(join(project, file), `${JSON.stringify(config, null, 2)}\n`);
}
check(`README.md has TypeScript snippets (${snippets.length})`, () =>
  snippets.length >= 4 ? null : 'expected at least 4 ```ts blocks',
);
check('module node16: a CommonJS consumer (dist/index.d.ts), an ESM consumer and the README (dist/index.d.mts)', () =>
  run(process.execPath, [tsc, '-p', 'tsconfig.node16.json', '--pretty', 'false'], project),
);
check('module esnext + moduleResolution bundler, DOM only (no Node types): a consumer and the README', () =>
  run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json', '--pretty', 'false'], project),
);
check('tsc resolved the CommonJS consumer to dist/index.d.ts and the ESM ones to dist/index.d.mts', () => {
  const trace = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.node16.json', '--explainFiles'], {
    cwd: project,
    encoding: 'utf8',
  }).stdout;
  const shown = (file) => trace.includes(`node_modules/${packageName}/dist/${file}`);
  return shown('index.d.ts') && shown('index.d.mts') ? null : 'one of the two declaration entries was not used';
});

finish();

function finish() {
  if (failures.length === 0 && !keep) {
    rmSync(work, { recursive: true, force: true });
  } else {
    process.stdout.write(`\nThe throwaway project is kept in ${project}\n`);
  }
  if (failures.length > 0) {
    console.error(`\nclient:check: ${failures.length} check(s) failed: ${failures.join('; ')}`);
    process.exit(1);
  }
  process.stdout.write(`\nclient:check: ${packageName} packs, loads and type-checks as installed\n`);
  process.exit(0);
}
