import type { Row } from './context';

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}

function cells(row: Row): string[] {
  const m = row.measurement;
  const figures = {
    rps: m ? fixed(m.rps, 0) : '—',
    p50: m ? fixed(m.p50, 1) : '—',
    p99: m ? fixed(m.p99, 1) : '—',
    non2xx: m ? String(m.non2xx) : '—',
    errors: m ? String(m.errors) : '—',
    ...row.figures,
  };
  const target = row.target;
  return [
    row.scenario,
    m ? String(m.concurrency) : '',
    figures.rps,
    figures.p50,
    figures.p99,
    figures.non2xx,
    figures.errors,
    row.ratio === undefined ? '' : fixed(row.ratio, 2),
    target ? target.description : '',
    target ? `${target.met ? '✅' : '❌'} ${target.measured}` : '',
  ];
}

/** The one Markdown table: every phase, its ceiling's ratio, and each target with what was measured. */
export function markdownTable(rows: readonly Row[]): string {
  const header = ['Scenario', 'Conc.', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'Ratio', 'Target', 'Result'];
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 || i >= 8 ? '---' : '---:')).join('|')}|`,
    ...rows.map((row) => `| ${cells(row).join(' | ')} |`),
  ];
  return lines.join('\n');
}
