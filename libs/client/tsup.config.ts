import { defineConfig } from 'tsup';

// `npm run client:build`, from the repository root: paths here are relative to it.
export default defineConfig({
  entry: { index: 'libs/client/src/index.ts' },
  outDir: 'libs/client/dist',
  // index.cjs for require, index.mjs for import; declarations index.d.ts (CommonJS, as the package has no "type")
  // and index.d.mts.
  format: ['cjs', 'esm'],
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.mjs' }),
  target: 'node20',
  // Browsers as well as Node: no Node built-ins are assumed.
  platform: 'neutral',
  // @app/contracts is resolved through the tsconfig paths and inlined, code and declarations alike: it is no package.
  tsconfig: 'libs/client/tsconfig.build.json',
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: false,
  treeshake: true,
  external: ['openapi-fetch', 'socket.io-client'],
});
