'use strict';
const path = require('node:path');

/**
 * Module boundaries of `src/`: each top folder is a module, and a module may use another one only through what that
 * module declares public here (its Nest module, the repositories and types it lends, its DTOs). Everything else in a
 * folder is its own business: reaching into it is an error.
 *
 * - `kernel` modules are shared by all (errors, HTTP plumbing, configuration, the data source, the outbox, the
 *   Idempotency-Key protocol): everything in them is public, and they may use no feature module but the caller's
 *   type (`auth/actor`).
 * - `roots` assemble the application (`app.module.ts`, the OpenAPI/AsyncAPI documents, the demo seed): they may use
 *   any module's public surface, and nobody but the application's entry points uses them.
 *
 * A public entry is a file path inside the module without its extension; an entry ending in `/` makes a folder public.
 */
const KERNEL = ['common', 'config', 'database', 'outbox', 'idempotency'];
const ROOTS = ['api-docs', 'demo'];
const PUBLIC = {
  access: ['access-policy', 'access-scope', 'access.module'],
  audit: ['audit.module', 'audit.service'],
  auth: ['actor', 'auth.decorators', 'auth.module', 'jwt.strategy', 'refresh-tokens.repository', 'dto/'],
  users: [
    'users.module',
    'users.repository',
    'user.entity',
    'user.mapper',
    'password.service',
    'account-fields',
    'dto/',
  ],
  patients: [
    'patients.module',
    'patients.repository',
    'patient.entity',
    'patient-profiles',
    'medical-records.service',
    'dto/',
  ],
  doctors: ['doctors.module', 'doctors.repository', 'doctor.entity', 'doctor.mapper', 'doctor-profiles', 'dto/'],
  scheduling: [
    'scheduling.module',
    'doctor-schedule.repository',
    'availability-rules',
    'working-hours',
    'working-hours.query',
    'free-slots',
    'doctor-schedule.service',
    'doctor-time-off.service',
    'dto/',
  ],
  appointments: [
    'appointments.module',
    'appointment.entity',
    'appointment-booking.service',
    'appointment-editing.service',
    'appointment-status.service',
    'dto/',
  ],
  notifications: ['notifications.module', 'admin-messages.service', 'dto/'],
  health: ['health.module'],
};
/** What the kernel may use of the features. */
const KERNEL_MAY_USE = ['auth/actor'];

function isPublic(entries, inside) {
  return entries.some((entry) => (entry.endsWith('/') ? inside.startsWith(entry) : inside === entry));
}

const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Use another module of src/ only through its public surface (eslint/module-boundaries.cjs)' },
    schema: [],
  },
  create(context) {
    const srcRoot = path.join(context.cwd, 'src');
    const filename = context.filename;
    if (!filename.startsWith(srcRoot + path.sep)) {
      return {};
    }
    const fromParts = path.relative(srcRoot, filename).split(path.sep);
    if (fromParts.length < 2) {
      return {}; // src/main.ts, src/bootstrap.ts, src/app.module.ts: the application itself
    }
    const from = fromParts[0];
    const check = (node) => {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) {
        return;
      }
      const target = path.relative(srcRoot, path.resolve(path.dirname(filename), spec));
      if (target.startsWith('..')) {
        return; // outside src (libs are reached through their package names)
      }
      const parts = target.split(path.sep);
      const to = parts[0];
      if (parts.length < 2 || to === from) {
        return;
      }
      const inside = parts
        .slice(1)
        .join('/')
        .replace(/\.(ts|js)$/, '');
      const report = (message) => context.report({ node: node.source, message });
      if (ROOTS.includes(to)) {
        report(`'${from}' may not use the application root '${to}'`);
        return;
      }
      if (KERNEL.includes(from) && !KERNEL.includes(to) && !KERNEL_MAY_USE.includes(`${to}/${inside}`)) {
        report(`The kernel module '${from}' may not use the feature module '${to}' ('${to}/${inside}')`);
        return;
      }
      if (KERNEL.includes(to)) {
        return;
      }
      const entries = PUBLIC[to];
      if (!entries) {
        report(`'${to}' is not a declared module of src/ (eslint/module-boundaries.cjs)`);
        return;
      }
      if (!isPublic(entries, inside)) {
        report(`'${to}/${inside}' is private to the '${to}' module; use what '${to}' declares public`);
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

module.exports = { KERNEL, ROOTS, PUBLIC, moduleBoundaries };
