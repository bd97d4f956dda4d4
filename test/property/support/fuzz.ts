import { ERROR_CODES } from '@app/contracts';
import fc from 'fast-check';
import request from 'supertest';
import { httpStatusOf, reasonPhrase } from '../../../src/common/errors/error-status';
import type { Session } from '../../support/factories';

/** A JSON value as it travels over the wire. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** `FC_SEED=… npm test -- test/property` replays a failing run; otherwise every run explores new inputs. */
export function runOptions(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED;
  return { numRuns, ...(seed ? { seed: Number(seed) } : {}) };
}

// ---------------------------------------------------------------- garbage

/** Characters that make trimming, length counting and encodings interesting. */
const AWKWARD_STRINGS = [
  '',
  ' ',
  '   \t\n ',
  '\u0000',
  'a\u0000b',
  'null',
  'true',
  '{}',
  '[]',
  'NaN',
  '-1',
  '1e309',
  '9'.repeat(400),
  '2030-01-07T10:00:00Z',
  '00000000-0000-0000-0000-000000000000',
  "'; DROP TABLE users; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00%27',
  '\u202e\u200b\ufeff',
  '\ud800',
  'Zoë 😀 中文 עברית',
  '__proto__',
];

/** Long strings: some under the 100 KiB body limit (the validators refuse them), some over it (413). */
const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1_000, max: 130_000 }), fc.constantFrom('x', 'é', '😀', ' '))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

const garbageLeaf: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e308, -0, 2 ** 53 + 1, 1e21, -1, 0, 0.5),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...AWKWARD_STRINGS),
  hugeString,
);

const garbageKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'isAdmin',
    'role',
    'id',
    'userId',
    'passwordHash',
    'deletedAt',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

/** Any JSON: leaves, arrays and objects, a few levels deep. */
export const garbage: fc.Arbitrary<Json> = fc.letrec<{ node: Json }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    garbageLeaf,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.array(fc.tuple(garbageKey, tie('node')), { maxLength: 4 }).map(toObject),
  ),
})).node;

/** Builds an object whose keys are own properties, even `__proto__` (JSON.parse does the same on the server). */
function toObject(entries: [string, Json][]): Json {
  const object: { [key: string]: Json } = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

// ---------------------------------------------------------------- mutations

/** One way to break a valid body. `pick` chooses the node it applies to. */
export type Mutation =
  | { kind: 'drop'; pick: number }
  | { kind: 'replace'; pick: number; value: Json }
  | { kind: 'extra'; pick: number; key: string; value: Json }
  | { kind: 'body'; value: Json }
  | { kind: 'raw'; text: string; contentType: string }
  | { kind: 'deep'; pick: number; depth: number; open: '[' | '{"a":' };

const RAW_BODIES = [
  '',
  '{',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  'undefined',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '\u0000',
  '\ufeff{}',
  '[1,2,3]',
  '"just a string"',
  '12',
  'null',
];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: garbage }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('extra' as const), pick: fc.nat(), key: garbageKey, value: garbage }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('body' as const), value: garbage }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('raw' as const),
      text: fc.constantFrom(...RAW_BODIES),
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'application/x-www-form-urlencoded',
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deep' as const),
      pick: fc.nat(),
      depth: fc.integer({ min: 50, max: 40_000 }),
      open: fc.constantFrom('[' as const, '{"a":' as const),
    }),
  },
);

function clone(value: Json): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

/** Paths of every node under the root (not the root itself). */
function nodePaths(value: Json, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') {
    return [];
  }
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.keys(value).map((k) => [k, value[k]]);
  return entries.flatMap(([key, child]) => [[...path, key], ...nodePaths(child, [...path, key])]);
}

/** Paths of every object or array, the root included. */
function containerPaths(value: Json, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') {
    return [];
  }
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.keys(value).map((k) => [k, value[k]]);
  return [path, ...children.flatMap(([key, child]) => containerPaths(child, [...path, key]))];
}

function at(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], root);
}

function setOwn(container: Json, key: string | number, value: Json): void {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The wire form of a mutated body: JSON text and its content type. */
export interface WireBody {
  text: string | undefined;
  contentType: string;
}

export function applyMutation(valid: Json, m: Mutation): WireBody {
  const json = 'application/json';
  const body = clone(valid);
  switch (m.kind) {
    case 'body':
      return { text: JSON.stringify(m.value), contentType: json };
    case 'raw':
      return { text: m.text, contentType: m.contentType };
    case 'drop':
    case 'replace': {
      const paths = nodePaths(body);
      if (paths.length === 0) {
        return { text: JSON.stringify(m.kind === 'replace' ? m.value : null), contentType: json };
      }
      const path = paths[m.pick % paths.length];
      const parent = at(body, path.slice(0, -1)) as Record<string | number, Json>;
      const key = path[path.length - 1];
      if (m.kind === 'replace') {
        setOwn(parent, key, m.value);
      } else if (Array.isArray(parent)) {
        parent.splice(Number(key), 1);
      } else {
        delete parent[key];
      }
      return { text: JSON.stringify(body), contentType: json };
    }
    case 'extra': {
      const objects = containerPaths(body).filter((p) => {
        const node = at(body, p);
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      if (objects.length === 0) {
        return { text: JSON.stringify(toObject([[m.key, m.value]])), contentType: json };
      }
      setOwn(at(body, objects[m.pick % objects.length]), m.key, m.value);
      return { text: JSON.stringify(body), contentType: json };
    }
    case 'deep': {
      // Nesting is spliced in as text: building it as an object would overflow the test's own stack.
      const marker = '"__deep_marker__"';
      const paths = nodePaths(body);
      const close = m.open === '[' ? ']' : '}';
      const deep = m.open.repeat(m.depth) + '1' + close.repeat(m.depth);
      if (paths.length === 0) {
        return { text: deep, contentType: json };
      }
      const path = paths[m.pick % paths.length];
      setOwn(at(body, path.slice(0, -1)), path[path.length - 1], '__deep_marker__');
      return { text: JSON.stringify(body).replace(marker, deep), contentType: json };
    }
  }
}

// ---------------------------------------------------------------- sending and checking

export type Method = 'post' | 'patch' | 'put';

export async function send(
  url: string,
  method: Method,
  path: string,
  session: Session | null,
  body: WireBody,
): Promise<request.Response> {
  const req = request(url)[method](path).set('Content-Type', body.contentType);
  if (session) {
    void req.set(session.auth);
  }
  return body.text === undefined ? req : req.send(body.text);
}

export function sendJson(url: string, method: Method, path: string, session: Session | null, body: Json) {
  return send(url, method, path, session, { text: JSON.stringify(body), contentType: 'application/json' });
}

const ERROR_KEYS = new Set(['statusCode', 'error', 'code', 'message', 'details', 'path', 'timestamp', 'requestId']);

/** Problems with an answer: a 5xx, a status outside `allowed`, or a non-2xx body not in the contract's error shape. */
export function contractProblems(res: request.Response, path: string, allowed: readonly number[]): string[] {
  const problems: string[] = [];
  const where = `${res.status} for ${path}`;
  if (res.status >= 500) {
    problems.push(`server error ${where}: ${JSON.stringify(res.body)}`);
  }
  if (!allowed.includes(res.status)) {
    problems.push(`undocumented status ${where} (documented: ${allowed.join(', ')}): ${JSON.stringify(res.body)}`);
  }
  if (res.status < 300) {
    return problems;
  }
  const body = res.body as Record<string, unknown>;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [...problems, `error body is not an object (${where})`];
  }
  const extra = Object.keys(body).filter((key) => !ERROR_KEYS.has(key));
  if (extra.length > 0) {
    problems.push(`error body has extra keys ${extra.join(', ')} (${where})`);
  }
  if (body.statusCode !== res.status) {
    problems.push(`statusCode ${String(body.statusCode)} differs from ${where}`);
  }
  if (body.error !== reasonPhrase(res.status)) {
    problems.push(`error "${String(body.error)}" is not the reason phrase of ${where}`);
  }
  const code = body.code as (typeof ERROR_CODES)[number];
  if (!ERROR_CODES.includes(code)) {
    problems.push(`unknown code ${String(body.code)} (${where})`);
  } else if (httpStatusOf(code) !== res.status) {
    problems.push(`code ${code} belongs to ${httpStatusOf(code)}, not ${where}`);
  }
  if (typeof body.message !== 'string' || body.message === '') {
    problems.push(`message missing (${where})`);
  }
  if (body.path !== path) {
    problems.push(`path ${String(body.path)} is not ${path}`);
  }
  if (typeof body.timestamp !== 'string' || Number.isNaN(Date.parse(body.timestamp))) {
    problems.push(`timestamp missing (${where})`);
  }
  if (typeof body.requestId !== 'string' || body.requestId !== res.headers['x-request-id']) {
    problems.push(`requestId missing or not the X-Request-Id header (${where})`);
  }
  if (body.details !== undefined) {
    const details = body.details;
    const wellFormed =
      Array.isArray(details) &&
      details.every(
        (d: unknown) =>
          typeof d === 'object' &&
          d !== null &&
          Object.keys(d).every((k) => k === 'field' || k === 'message') &&
          typeof (d as { field?: unknown }).field === 'string' &&
          typeof (d as { message?: unknown }).message === 'string',
      );
    if (!wellFormed) {
      problems.push(`details is not a list of { field, message } (${where})`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- valid values

let sequence = 0;
/** A value no other run has used (emails, licence numbers). */
export function nextUnique(): number {
  sequence += 1;
  return sequence;
}

const TEXT_CHARS = ['a', 'b', 'Z', 'é', 'ß', 'ő', 'Ж', '中', '😀', "'", '-', ' ', '.', '0'];

/**
 * Text of `min..max` characters (as the validators and PostgreSQL count them: code points), with no blank ends, so
 * trimming keeps it valid.
 */
export function text(min: number, max: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...TEXT_CHARS), { minLength: min, maxLength: max }).map((chars) => {
    const trimmed = chars.join('').trim();
    const count = [...trimmed].length;
    return count >= min ? trimmed : trimmed + 'a'.repeat(min - count);
  });
}

export const phone: fc.Arbitrary<string> = fc.stringMatching(/^\+?[0-9][0-9 ]{1,30}[0-9]$/);

export const TIMEZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
];

export const dateOfBirth: fc.Arbitrary<string> = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const icd10: fc.Arbitrary<string> = fc.stringMatching(/^[A-TV-Z][0-9][0-9AB](\.[0-9A-TV-Z]{1,4})?$/);
