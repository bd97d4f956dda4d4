import type { ErrorResponse } from '@app/contracts';
import { createHash } from 'node:crypto';
import { AppError } from '../common/errors/app-error';

/**
 * The `Idempotency-Key` protocol, as the operations under a key see it: no HTTP here. The edge (`keyed-request.ts`)
 * builds a `KeyClaim` from the header and the request and sends what the operation ends with; an operation claims
 * the key in its own transaction (`IdempotencyKeysRepository`), stores its first answer there, and either returns
 * its value or a replay of the answer stored earlier.
 */

/** A key's first answer as stored and replayed: the status and the body it was sent with. */
export interface KeyAnswer<T = unknown> {
  status: number;
  body: T | ErrorResponse;
}

/** A key's stored first answer, as the claim or `readStored` finds it. */
export interface StoredKey {
  requestHash: string;
  answer: KeyAnswer;
}

/** One request under a key: whose key, the key, and the hash of the request it was first used with. */
export interface KeyClaim {
  userId: string;
  key: string;
  requestHash: string;
  /** The answer the caller is sent for this refusal, to store as the key's first answer (rendered by the edge). */
  answerOf(error: AppError): KeyAnswer;
}

/** What an operation under a key ends with: its own value, or the first answer of an earlier request. */
export type Keyed<T> = { value: T } | { replay: KeyAnswer };

/** SHA-256 of the route and the canonical (key-sorted) request, so equal requests hash alike whatever their JSON order. */
export function requestHashOf(route: string, request: Record<string, unknown>): string {
  const canonical = Object.keys(request)
    .sort()
    .map((key) => [key, request[key] ?? null]);
  return createHash('sha256')
    .update(JSON.stringify([route, canonical]))
    .digest('hex');
}

export function keyInUse(): AppError {
  return new AppError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still running');
}

/** A stored row's columns. */
export interface StoredRow {
  request_hash: string;
  response_status: number | null;
  response_body: unknown;
}

/** A stored row with its answer, or null for a row without one (only an uncommitted claim has none). */
export function storedKeyOf(row: StoredRow | undefined): StoredKey | null {
  if (!row || row.response_status === null || row.response_body === null) {
    return null;
  }
  return {
    requestHash: row.request_hash,
    answer: { status: row.response_status, body: row.response_body },
  };
}

/** The first answer again for the same request; another request with the key → 422 `IDEMPOTENCY_KEY_REUSED`. */
export function replayOf(stored: StoredKey, requestHash: string): KeyAnswer {
  if (stored.requestHash !== requestHash) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request');
  }
  return stored.answer;
}
