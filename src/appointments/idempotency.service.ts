import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import type { BookingAnswer } from './booking-request';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

/** How long a key remembers its first answer. */
const KEY_TTL = `interval '24 hours'`;
/** A key still without an answer after this long belongs to a request that died: the next one may take it over. */
const IN_FLIGHT_TIMEOUT = `interval '60 seconds'`;

export type IdempotencyClaim = { kind: 'claimed' } | { kind: 'replay'; answer: BookingAnswer };

interface KeyRow {
  request_hash: string;
  response_status: number | null;
  response_body: BookingAnswer['body'] | null;
  abandoned: boolean;
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

/**
 * `Idempotency-Key` bookkeeping, per user. A key is claimed in its own committed transaction (a row without an
 * answer), so a second request with it sees it in flight; the answer is then written in the booking's own
 * transaction (success) or right after it (a client error). Expired keys are deleted when their user next uses one.
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async claim(userId: string, key: string, requestHash: string): Promise<IdempotencyClaim> {
    return this.dataSource.transaction(async (em) => {
      await em
        .createQueryBuilder()
        .delete()
        .from(IdempotencyKeyEntity)
        .where('user_id = :userId AND expires_at <= now()', { userId })
        .execute();
      // ON CONFLICT waits for a concurrent claim of the same key to commit, then does nothing.
      const inserted: unknown[] = await em.query(
        `INSERT INTO idempotency_keys (user_id, key, request_hash, expires_at)
         VALUES ($1, $2, $3, now() + ${KEY_TTL})
         ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
        [userId, key, requestHash],
      );
      if (inserted.length > 0) {
        return { kind: 'claimed' };
      }
      const rows: KeyRow[] = await em.query(
        `SELECT request_hash, response_status, response_body, created_at < now() - ${IN_FLIGHT_TIMEOUT} AS abandoned
           FROM idempotency_keys WHERE user_id = $1 AND key = $2 FOR UPDATE`,
        [userId, key],
      );
      const row = rows[0];
      if (!row) {
        // Released by a failed first request between our insert and our read: let the client retry.
        throw new AppError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still running');
      }
      if (row.response_status === null && row.abandoned) {
        await em
          .createQueryBuilder()
          .update(IdempotencyKeyEntity)
          .set({ requestHash, createdAt: () => 'now()', expiresAt: () => `now() + ${KEY_TTL}` })
          .where('user_id = :userId AND key = :key', { userId, key })
          .execute();
        return { kind: 'claimed' };
      }
      if (row.request_hash !== requestHash) {
        throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request');
      }
      if (row.response_status === null || row.response_body === null) {
        throw new AppError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still running');
      }
      return { kind: 'replay', answer: { status: row.response_status, body: row.response_body } };
    });
  }

  /** Stores the first answer; pass the booking's manager to write it in the booking's transaction. */
  async record(userId: string, key: string, answer: BookingAnswer, em?: EntityManager): Promise<void> {
    await (em ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(IdempotencyKeyEntity)
      .set({ responseStatus: answer.status, responseBody: answer.body })
      .where('user_id = :userId AND key = :key', { userId, key })
      .execute();
  }

  /** Forgets a claim whose request failed on our side (5xx), so a retry with the same key runs again. */
  async release(userId: string, key: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(IdempotencyKeyEntity)
      .where('user_id = :userId AND key = :key AND response_status IS NULL', { userId, key })
      .execute();
  }
}
