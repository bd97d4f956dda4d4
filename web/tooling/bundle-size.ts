import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The first load's budget (gzip): the target. */
export const FIRST_LOAD_BUDGET_BYTES = 250 * 1024;

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Reports, at the end of `vite build`, what a first visit downloads: `index.html` and every script and stylesheet it
 * loads (the entry chunk, its static imports, its CSS), raw and gzip, against the budget. Chunks only loaded later
 * (dynamic imports) are not counted.
 */
export function bundleSizeReport(): Plugin {
  return {
    name: 'clinic-bundle-size',
    apply: 'build',
    writeBundle(_options, bundle) {
      const firstLoad = new Set<string>(['index.html']);
      const visit = (fileName: string): void => {
        const output = bundle[fileName];
        if (!output || output.type !== 'chunk' || firstLoad.has(fileName)) {
          return;
        }
        firstLoad.add(fileName);
        for (const css of output.viteMetadata?.importedCss ?? []) {
          firstLoad.add(css);
        }
        output.imports.forEach(visit);
      };
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.isEntry) {
          visit(output.fileName);
        }
      }
      let raw = 0;
      let gzip = 0;
      const rows: string[] = [];
      for (const fileName of [...firstLoad].sort()) {
        const output = bundle[fileName];
        if (!output) {
          continue;
        }
        const content = output.type === 'chunk' ? output.code : output.source;
        const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
        const zipped = gzipSync(bytes, { level: 9 }).length;
        raw += bytes.length;
        gzip += zipped;
        rows.push(`  ${fileName.padEnd(40)} ${kib(bytes.length).padStart(10)} ${kib(zipped).padStart(10)} gzip`);
      }
      const verdict = gzip <= FIRST_LOAD_BUDGET_BYTES ? 'within' : 'OVER';
      this.info(
        [
          'first load:',
          ...rows,
          `  total ${kib(raw)}, ${kib(gzip)} gzip (${verdict} the ${kib(FIRST_LOAD_BUDGET_BYTES)} budget)`,
        ].join('\n'),
      );
    },
  };
}
