import fc from 'fast-check';
import { BODY_LIMIT_BYTES } from '../../../src/bootstrap';
import type { Session } from '../../support/factories';
import type { TestApp } from '../../support/test-app';
import {
  applyMutation,
  contractProblems,
  mutation,
  runOptions,
  send,
  type Json,
  type Method,
  type Mutation,
} from './fuzz';

/** Where one run sends its body, and the concrete body (placeholders such as a fresh refresh token filled in). */
export interface Target {
  path: string;
  session: Session | null;
  body?: Json;
}

/** One POST/PATCH/PUT route: how to reach it, what a valid body looks like and what the contract lets it answer. */
export interface RouteCase {
  route: string;
  method: Method;
  /** Every status the contract lets this route answer (a broken body may also get 400, 413 or 415). */
  statuses: number[];
  /** The statuses a valid body may get: success, or a business answer such as 409 — never a validation error. */
  validStatuses: number[];
  valid: fc.Arbitrary<Json>;
  /** Called once per run, so a run may get fresh state (an appointment, a user). */
  target(valid: Json): Promise<Target>;
}

/** Answers any body may get, whatever the route: broken JSON or fields, too large, not JSON. */
const BODY_STATUSES = [400, 413, 415];

export const VALID_RUNS = Number(process.env.FC_VALID_RUNS ?? 20);
export const MUTATED_RUNS = Number(process.env.FC_MUTATED_RUNS ?? 50);

export async function checkValidBodies(t: TestApp, c: RouteCase): Promise<void> {
  await fc.assert(
    fc.asyncProperty(c.valid, async (valid) => {
      const target = await c.target(valid);
      const body = target.body ?? valid;
      const text = JSON.stringify(body);
      const res = await send(t.url, c.method, target.path, target.session, { text, contentType: 'application/json' });
      // The largest valid fields together may pass the body limit; then 413 is the contract's answer.
      const tooLarge = Buffer.byteLength(text) > BODY_LIMIT_BYTES ? [413] : [];
      expect(contractProblems(res, target.path, [...c.validStatuses, ...tooLarge])).toEqual([]);
    }),
    runOptions(VALID_RUNS),
  );
}

export async function checkMutatedBodies(t: TestApp, c: RouteCase): Promise<void> {
  await fc.assert(
    fc.asyncProperty(c.valid, mutation, async (valid: Json, broken: Mutation) => {
      const target = await c.target(valid);
      const res = await send(t.url, c.method, target.path, target.session, applyMutation(target.body ?? valid, broken));
      expect(contractProblems(res, target.path, [...c.statuses, ...BODY_STATUSES])).toEqual([]);
    }),
    runOptions(MUTATED_RUNS),
  );
}

/** Nothing a request sent may reach `Object.prototype` of the server (it runs in this process). */
export function expectUnpollutedPrototypes(): void {
  const probe: Record<string, unknown> = {};
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(probe.isAdmin).toBeUndefined();
  expect(probe.a).toBeUndefined();
}

/** Replaces placeholder strings (`$user`, `$appointment`) by ids known only once the run starts. */
export function fill(value: Json, placeholders: Record<string, string>): Json {
  if (typeof value === 'string') {
    return Object.hasOwn(placeholders, value) ? placeholders[value] : value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => fill(item, placeholders));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, placeholders)]));
  }
  return value;
}
