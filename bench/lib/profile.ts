import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ROOT } from './processes';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Self time by function, hottest first. */
  functions: { name: string; ms: number; percent: number }[];
  /** Self time by package (`node_modules/<name>`), app folder (`src/<feature>`) or V8/Node internals. */
  modules: { name: string; ms: number; percent: number }[];
}

function moduleOf(url: string): string {
  if (url === '') {
    return '(native / V8)';
  }
  if (url.startsWith('node:')) {
    return 'node core';
  }
  const path = url.replace(/^file:\/\//, '');
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (packageMatch) {
    return packageMatch[1];
  }
  const own = relative(ROOT, path).split('/');
  return own.slice(0, Math.min(3, own.length - 1)).join('/') || path;
}

function top(totals: Map<string, number>, totalMs: number, count: number) {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms: Math.round(ms), percent: Math.round((1000 * ms) / totalMs) / 10 }));
}

/** Self time per function and per module of a V8 `.cpuprofile` (what `node --cpu-prof` writes). */
export function summarizeProfile(file: string, count = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // The profiler's own start-up (called from the bench agent) is not the app's work.
  const agent = new Set<number>();
  const markAgent = (id: number) => {
    agent.add(id);
    byId.get(id)?.children?.forEach(markAgent);
  };
  profile.nodes
    .filter((node) => node.callFrame.url.includes('bench/support/app-agent'))
    .forEach((n) => markAgent(n.id));
  const functions = new Map<string, number>();
  const modules = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node || node.callFrame.functionName === '(idle)' || agent.has(id)) {
      return;
    }
    totalMs += ms;
    const frame = node.callFrame;
    const where = frame.url ? ` ${relative(ROOT, frame.url.replace(/^file:\/\//, ''))}:${frame.lineNumber + 1}` : '';
    const name = `${frame.functionName || '(anonymous)'}${where}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    const module = moduleOf(frame.url);
    modules.set(module, (modules.get(module) ?? 0) + ms);
  });
  return {
    file,
    totalMs: Math.round(totalMs),
    functions: top(functions, totalMs, count),
    modules: top(modules, totalMs, 12),
  };
}

export function formatProfile(summary: ProfileSummary): string {
  const lines = [
    `CPU profile of the app (${relative(ROOT, summary.file)}), ${summary.totalMs} ms busy (idle excluded):`,
  ];
  lines.push('  by module:');
  for (const entry of summary.modules) {
    lines.push(`    ${entry.percent.toFixed(1).padStart(5)}%  ${entry.name}`);
  }
  lines.push('  hottest functions (self time):');
  for (const entry of summary.functions) {
    lines.push(`    ${entry.percent.toFixed(1).padStart(5)}%  ${entry.name}`);
  }
  return lines.join('\n');
}
