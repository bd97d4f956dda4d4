import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import type { BookingAnswer } from './booking-request';

/**
 * First key of the two-key advisory lock held by the request that owns a key, until its transaction ends. Not
 * `PATIENT_BOOKINGS_LOCK`, so a key never shares a lock with a patient.
 */
export const IDEMPOTENCY_KEY_LOCK = 0x69646b79;
/** How long a key remembers its first answer. */
export const KEY_TTL = `interval '24 hours'`;
/** How often expired keys are deleted, and how many at most per statement. */

/** A key's stored first answer, as the claim or `readStored` finds it. */
export interface StoredKey {
  requestHash: string;
  answer: BookingAnswer;
}

interface StoredRow {
  request_hash: string;
  response_status: number | null;
  response_body: BookingAnswer['body'] | null;
}

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

/** A stored row with its answer, or null for a row without one (only an uncommitted claim has none). */
export function storedKeyOf(row: StoredRow | undefined): StoredKey | null {
  if (!row || row.response_status === null || row.response_body === null) {
    return null;
  }
  return { requestHash: row.request_hash, answer: { status: row.response_status, body: row.response_body } };
}

/** The first answer again for the same request; another request with the key → 422 `IDEMPOTENCY_KEY_REUSED`. */
export function replayOf(stored: StoredKey, requestHash: string): BookingAnswer {
  if (stored.requestHash !== requestHash) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request');
  }
  return stored.answer;
}

/**
 * `Idempotency-Key` bookkeeping, per user. A key is claimed inside the booking's own transaction (see
 * `booking-statements.ts`: a try-lock on the key, then an insert that also takes over an expired row), and its
 * answer is written in that same transaction, so a committed key always has its answer and a server error rolls
 * the claim back with everything else. Expired keys are deleted in the background (`ExpiredRowsSweeper`).
 */
@Injectable()
export class IdempotencyService {
  /** The key's committed row, read with a fresh snapshot; null when it has none (expired or not committed). */
  async readStored(em: EntityManager, userId: string, key: string): Promise<StoredKey | null> {
    const rows: StoredRow[] = await em.query(
      `SELECT request_hash, response_status, response_body FROM idempotency_keys
        WHERE user_id = $1 AND key = $2 AND expires_at > now()`,
      [userId, key],
    );
    return storedKeyOf(rows[0]);
  }

  /** Stores the first answer of a claimed key, in the claiming transaction. */
  async record(em: EntityManager, userId: string, key: string, answer: BookingAnswer): Promise<void> {
    await em.query(
      `UPDATE idempotency_keys SET response_status = $3, response_body = $4::jsonb WHERE user_id = $1 AND key = $2`,
      [userId, key, answer.status, JSON.stringify(answer.body)],
    );
  }
}
