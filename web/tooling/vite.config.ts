import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { bundleSizeReport } from './bundle-size.ts';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The web app (`npm run build` runs `vite build --config web/tooling/vite.config.ts`): React through Vite's own JSX
 * transform (automatic runtime, from web/tsconfig.json), the typed client package and the contracts from their
 * sources, output in web/dist, which the service serves at `/`.
 */
export default defineConfig({
  root: here('..'),
  publicDir: here('../public'),
  resolve: {
    alias: {
      '@clinic-booking/client': here('../../libs/client/src/index.ts'),
      '@app/contracts': here('../../libs/contracts/src/index.ts'),
    },
  },
  build: {
    outDir: here('../dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      // React Query marks its hooks "use client" (for server components); a single-page app has no server side.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
  },
  server: {
    // `npm run web:dev`: the service on :3000 answers the API and Socket.IO.
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/socket.io': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
  plugins: [bundleSizeReport()],
});
