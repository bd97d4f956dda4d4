import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { storedKeyOf, type KeyAnswer, type StoredKey, type StoredRow } from './idempotency';

/**
 * First key of the two-key advisory lock held by the request that owns a key, until its transaction ends. Not the
 * patient's booking lock, so a key never shares a lock with a patient.
 */
export const IDEMPOTENCY_KEY_LOCK = 0x69646b79;
/** How long a key remembers its first answer. */
export const KEY_TTL = `interval '24 hours'`;

/** Where the claim's values are in the statement that embeds it: `$n` placeholders. */
export interface KeyClaimParams {
  userId: string;
  key: string;
  requestHash: string;
}

/**
 * The claim as common table expressions, for an operation to put in front of its own first statement (so claiming
 * costs no round trip of its own):
 * - `key_lock`: try the key's lock (never wait: the holder's first request is still running, or another repeat is
 *   reading the answer). It calls a volatile function, so it is materialized once, before `claimed`.
 * - `stored`: the key's committed answer as this statement's snapshot sees it.
 * - `claimed`: with the lock, insert the key's row, or take over an expired one in the same statement
 *   (`ON CONFLICT ... DO UPDATE ... WHERE expired`). A committed row without an answer can only be left by the earlier
 *   two-transaction protocol (which committed its claim first and took no lock): it is taken over once it is 60 s
 *   old, so during a rolling deploy a request still running on an old instance keeps its key.
 *
 * The lock is on a 32-bit hash of user and key: two keys that collide while both run make one answer 409
 * `IDEMPOTENCY_KEY_IN_USE` (retryable), never a second operation. Select `key_acquired`, `key_claimed` and the
 * `stored_*` columns with `KEY_CLAIM_COLUMNS`, joining `stored` (`LEFT JOIN stored ON true`).
 */
export function keyClaimCtes(p: KeyClaimParams): string {
  return `key_lock AS (
       SELECT pg_try_advisory_xact_lock(${IDEMPOTENCY_KEY_LOCK}, hashtext(${p.userId}::uuid::text || ':' || ${p.key}::text)) AS acquired
     ), stored AS (
       SELECT request_hash, response_status, response_body FROM idempotency_keys
        WHERE user_id = ${p.userId}::uuid AND key = ${p.key}::text AND expires_at > now()
     ), claimed AS (
       INSERT INTO idempotency_keys (user_id, key, request_hash, expires_at)
       SELECT ${p.userId}::uuid, ${p.key}::text, ${p.requestHash}::text, now() + ${KEY_TTL} FROM key_lock WHERE acquired
       ON CONFLICT (user_id, key) DO UPDATE
          SET request_hash = EXCLUDED.request_hash, response_status = NULL, response_body = NULL,
              created_at = now(), expires_at = EXCLUDED.expires_at
        WHERE idempotency_keys.expires_at <= now()
           OR (idempotency_keys.response_status IS NULL AND idempotency_keys.created_at < now() - interval '60 seconds')
       RETURNING 1
     )`;
}

export const KEY_CLAIM_COLUMNS = `(SELECT acquired FROM key_lock) AS key_acquired,
            EXISTS (SELECT 1 FROM claimed) AS key_claimed,
            stored.request_hash AS stored_hash, stored.response_status AS stored_status,
            stored.response_body AS stored_body`;

/** The columns `KEY_CLAIM_COLUMNS` selects. */
export interface KeyClaimRow {
  key_acquired: boolean;
  key_claimed: boolean;
  stored_hash: string | null;
  stored_status: number | null;
  stored_body: unknown;
}

/**
 * - `acquired` false: another transaction holds the key right now (we never wait for it).
 * - `claimed`: the key is ours until this transaction ends: a new row, or an expired one taken over.
 * - `stored`: the key's committed answer as the claiming statement's snapshot saw it, if any.
 */
export interface ClaimState {
  acquired: boolean;
  claimed: boolean;
  stored: StoredKey | null;
}

export function claimStateOf(row: KeyClaimRow): ClaimState {
  return {
    acquired: row.key_acquired,
    claimed: row.key_claimed,
    stored:
      row.stored_hash === null
        ? null
        : storedKeyOf({
            request_hash: row.stored_hash,
            response_status: row.stored_status,
            response_body: row.stored_body,
          }),
  };
}

/**
 * `Idempotency-Key` rows, per user. A key is claimed inside its operation's own transaction (`keyClaimCtes`), and its
 * answer is written in that same transaction, so a committed key always has its answer and a server error rolls the
 * claim back with everything else. Expired keys are deleted in the background (`ExpiredRowsSweeper`).
 */
@Injectable()
export class IdempotencyKeysRepository {
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
  async record(em: EntityManager, userId: string, key: string, answer: KeyAnswer): Promise<void> {
    await em.query(
      `UPDATE idempotency_keys SET response_status = $3, response_body = $4::jsonb WHERE user_id = $1 AND key = $2`,
      [userId, key, answer.status, JSON.stringify(answer.body)],
    );
  }
}
