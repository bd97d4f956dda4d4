import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';

/**
 * Module boundaries of `src/` (eslint-plugin-boundaries): each top folder is a module, and a module may use another one
 * only through what that module declares public here (its Nest module, the repositories and types it lends, its DTOs).
 * Everything else in a folder is its own business: reaching into it is an error.
 *
 * - `kernel` modules are shared by all (errors, HTTP plumbing, configuration, the data source, the outbox, the
 *   Idempotency-Key protocol): everything in them is public, and they may use no feature module but the caller's
 *   type (`auth/actor`).
 * - `root` modules assemble the application (the OpenAPI/AsyncAPI documents, the demo seed): they may use any module's
 *   public surface, and nobody but the application's entry points (`src/*.ts`) uses them.
 * - A folder of src/ that is none of these is `undeclared`: nobody may use it until it is declared below.
 *
 * A public entry is a micromatch pattern of a file path inside the module (`dto/**` makes a folder public).
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
    'patients.service',
    'dto/',
  ],
  doctors: [
    'doctors.module',
    'doctors.repository',
    'doctor.entity',
    'doctor.mapper',
    'doctor-profiles',
    'doctors.service',
    'dto/',
  ],
  scheduling: [
    'scheduling.module',
    'doctor-schedule.repository',
    'availability-rules',
    'booking-policy',
    'booking-policy.repository',
    'doctor-slots.repository',
    'working-hours',
    'working-hours.query',
    'free-slots',
    'doctor-schedule.service',
    'doctor-time-off.service',
    'doctor-slots.service',
    'bookable-slots',
    'dto/',
  ],
  appointments: [
    'appointments.module',
    'appointment.entity',
    'appointment-booking.service',
    'appointment-editing.service',
    'appointment-status.service',
    'appointment-queries.service',
    'appointment-holds.service',
    'dto/',
  ],
  notifications: ['notifications.module', 'admin-messages.service', 'dto/'],
  health: ['health.module'],
  fhir: ['fhir.module', 'dto/'],
  jobs: ['jobs.module', 'job-runner', 'job-kinds', 'jobs.repository'],
  webhooks: ['webhooks.module', 'dto/'],
  'api-keys': ['api-keys.module', 'api-keys.repository', 'api-key-secrets', 'api-key-usage', 'dto/'],
  waitlist: ['waitlist.module', 'dto/'],
};
/** What the kernel may use of the features. */
const KERNEL_MAY_USE = { auth: ['actor'] };

/** `name` → `name.ts`, `folder/` → `folder/**`: file paths inside the module. */
const files = (entries) => entries.map((entry) => (entry.endsWith('/') ? `${entry}**` : `${entry}.ts`));
const oneOf = (names) => `src/@(${names.join('|')})`;
const surface = (surfaces) =>
  Object.entries(surfaces).map(([name, entries]) => ({
    element: { type: 'feature', captured: { module: name }, fileInternalPath: files(entries) },
  }));
const moduleBoundaries = {
  files: ['src/**/*.ts'],
  plugins: { boundaries },
  settings: {
    // Patterns below are relative to this folder, whatever the working directory; imports are relative, to .ts files.
    'boundaries/root-path': import.meta.dirname,
    'import/resolver': { node: { extensions: ['.ts', '.js'] } },
    'boundaries/legacy-templates': false,
    'boundaries/elements': [
      { type: 'kernel', pattern: oneOf(KERNEL), capture: ['module'], partialMatch: false },
      { type: 'root', pattern: oneOf(ROOTS), capture: ['module'], partialMatch: false },
      { type: 'feature', pattern: oneOf(Object.keys(PUBLIC)), capture: ['module'], partialMatch: false },
      { type: 'undeclared', pattern: 'src/*', capture: ['module'], partialMatch: false },
      // What is left: the files directly in src/ (main.ts, bootstrap.ts, app.module.ts).
      { type: 'app', pattern: 'src', partialMatch: false },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        message:
          "{{from.type}} '{{from.captured.module}}' may not use " +
          "{{to.type}} '{{to.captured.module}}' ('{{to.internalPath}}'): " +
          'a module uses the kernel and what other modules declare public, the kernel no feature but auth/actor, ' +
          'nobody a root or an undeclared folder (module boundaries in eslint.config.mjs)',
        policies: [
          // The application's entry points assemble everything (and anyone may use them, e.g. the seed starts the app).
          { from: { element: { type: 'app' } }, allow: { to: { element: { type: '*' } } } },
          { from: { element: { type: '*' } }, allow: { to: { element: { type: 'app' } } } },
          // The kernel uses the kernel, and of the features only the caller's type.
          {
            from: { element: { type: 'kernel' } },
            allow: { to: [{ element: { type: 'kernel' } }, ...surface(KERNEL_MAY_USE)] },
          },
          // Everybody else: the kernel, and other modules' public surfaces. Nothing allows a root or an undeclared folder.
          {
            from: { element: { type: ['feature', 'root', 'undeclared'] } },
            allow: { to: [{ element: { type: 'kernel' } }, ...surface(PUBLIC)] },
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'web/dist/**',
      'web/test-results/**',
      'node_modules/**',
      'coverage/**',
      'data/**',
      'eslint.config.mjs',
      'jest.config.js',
      'test/support/register-ts.js',
    ],
  },
  // The client package's build output, and its types written by `npm run client:types` (nobody edits those by hand).
  { ignores: ['libs/client/dist/**', 'libs/client/src/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  moduleBoundaries,
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-console': 'off',
    },
  },
);
