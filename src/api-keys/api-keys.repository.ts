import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApiKey, Scope } from '@app/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { ApiKeyRow } from '../auth/actor';
import { queryPrepared } from '../database/prepared';

interface ListedRow {
  id: string;
  name: string;
  scopes: Scope[];
  prefix: string;
  created_at: Date;
  expires_at: Date | null;
  last_used_at: Date | null;
}

export interface NewApiKey {
  name: string;
  scopes: readonly Scope[];
  prefix: string;
  hash: string;
  createdBy: string;
  expiresAt: Date | null;
}

const LISTED = 'id, name, scopes, prefix, created_at, expires_at, last_used_at';

function toApiKey(row: ListedRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at ? row.expires_at.toISOString() : null,
    lastUsedAt: row.last_used_at ? row.last_used_at.toISOString() : null,
  };
}

/** The `api_keys` table: made, listed (live keys only), revoked, found by hash, and their batched usage. */
@Injectable()
export class ApiKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(key: NewApiKey): Promise<ApiKey> {
    const rows: ListedRow[] = await this.dataSource.query(
      `INSERT INTO api_keys (name, scopes, prefix, key_hash, created_by, expires_at)
       VALUES ($1, $2::text[], $3, $4, $5, $6)
       RETURNING ${LISTED}`,
      [key.name, key.scopes, key.prefix, key.hash, key.createdBy, key.expiresAt?.toISOString() ?? null],
    );
    return toApiKey(rows[0]);
  }

  /** Live (unrevoked) keys, newest first; expired keys stay listed until revoked, so an admin sees them lapse. */
  async findPage(offset: number, limit: number): Promise<[ApiKey[], number]> {
    const rows: (ListedRow & { total: number })[] = await this.dataSource.query(
      `SELECT ${LISTED}, count(*) OVER ()::int AS total
         FROM api_keys WHERE revoked_at IS NULL
        ORDER BY created_at DESC, id
        LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    if (rows.length === 0 && offset > 0) {
      const counted: { total: number }[] = await this.dataSource.query(
        `SELECT count(*)::int AS total FROM api_keys WHERE revoked_at IS NULL`,
      );
      return [[], counted[0]?.total ?? 0];
    }
    return [rows.map(toApiKey), rows[0]?.total ?? 0];
  }

  /** Marks a live key revoked, in the caller's transaction; false when there is no live key of that id. */
  async revoke(id: string, em: EntityManager): Promise<boolean> {
    // In a CTE: a bare UPDATE … RETURNING answers `[rows, count]` through TypeORM's postgres driver.
    const rows: { id: string }[] = await em.query(
      `WITH revoked AS (
         UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id
       )
       SELECT id FROM revoked`,
      [id],
    );
    return rows.length > 0;
  }

  /** The key a presented credential hashes to (revoked and expired ones too: the caller decides). Prepared. */
  async findByHash(hash: string): Promise<ApiKeyRow | undefined> {
    const rows = await queryPrepared<ApiKeyRow>(
      this.dataSource.manager,
      `SELECT id, scopes, expires_at, revoked_at FROM api_keys WHERE key_hash = $1`,
      [hash],
    );
    return rows[0];
  }

  /** One statement for a whole batch of usage; a later time never goes back (several instances write it). */
  async recordUsage(usage: ReadonlyMap<string, Date>): Promise<void> {
    if (usage.size === 0) {
      return;
    }
    await this.dataSource.query(
      `UPDATE api_keys k SET last_used_at = GREATEST(k.last_used_at, u.used_at)
         FROM unnest($1::uuid[], $2::timestamptz[]) AS u(id, used_at)
        WHERE k.id = u.id`,
      [[...usage.keys()], [...usage.values()].map((at) => at.toISOString())],
    );
  }
}
