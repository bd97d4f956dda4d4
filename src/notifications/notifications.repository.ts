import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationType, Role } from '@app/contracts';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import type { BatchedWrite } from '../database/batched-writes';
import { NotificationEntity } from './notification.entity';
import type { NotificationRow } from './notification.mapper';

/** What a notification says; the same text goes to every recipient. */
export interface Notice {
  type: NotificationType;
  title: string;
  body: string;
  data: Record<string, unknown> | null;
}

/** Users per `INSERT … SELECT` of a broadcast: bounded statements, never a query per user. */
const BROADCAST_BATCH = 1000;

const RETURNED = 'id, user_id, type, title, body, data, read_at, created_at';

/** One notice for several users (`$1` their ids), one multi-row insert; unknown ids are skipped. */
const STORE_FOR_USERS = `INSERT INTO notifications (user_id, type, title, body, data)
       SELECT id, $2, $3, $4, $5::jsonb FROM users WHERE id = ANY($1::uuid[])
       RETURNING 1`;

/** Several notices, each for its user (`$1` the users, one per notice); unknown users are skipped. */
const STORE_EACH = `INSERT INTO notifications (user_id, type, title, body, data)
       SELECT u.id, n.type, n.title, n.body, n.data::jsonb
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY
              AS n(user_id, type, title, body, data, ord)
         JOIN users u ON u.id = n.user_id
        ORDER BY n.ord
       RETURNING 1`;

function dataOf(notice: Notice): string | null {
  return notice.data === null ? null : JSON.stringify(notice.data);
}

/**
 * Each notice for its users (those that exist), as one write for the change's batch (`WriteBatch`); null when there
 * is nobody to tell. A single notice (a booking's, on the hot path) is one statement text whatever its recipients;
 * several (a series, a sweep) go unnested.
 */
export function noticesWrite(items: readonly { userIds: readonly string[]; notice: Notice }[]): BatchedWrite | null {
  if (items.length === 1) {
    const [{ userIds, notice }] = items;
    return { statement: STORE_FOR_USERS, params: [userIds, notice.type, notice.title, notice.body, dataOf(notice)] };
  }
  const rows = items.flatMap(({ userIds, notice }) => userIds.map((userId) => ({ userId, notice })));
  if (rows.length === 0) {
    return null;
  }
  return {
    statement: STORE_EACH,
    params: [
      rows.map((row) => row.userId),
      rows.map((row) => row.notice.type),
      rows.map((row) => row.notice.title),
      rows.map((row) => row.notice.body),
      rows.map((row) => dataOf(row.notice)),
    ],
  };
}

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction; its manager is what the other methods take to join it. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Null when there is no such user. */
  async storeForUser(userId: string, notice: Notice): Promise<NotificationRow | null> {
    const rows: NotificationRow[] = await this.dataSource.query(
      `INSERT INTO notifications (user_id, type, title, body, data)
       SELECT id, $2, $3, $4, $5::jsonb FROM users WHERE id = $1
       RETURNING ${RETURNED}`,
      [userId, notice.type, notice.title, notice.body, notice.data === null ? null : JSON.stringify(notice.data)],
    );
    return rows[0] ?? null;
  }

  /** Stores the notice for every active user (of `role`), in batches by user id; answers how many. */
  async storeForActiveUsers(em: EntityManager, notice: Notice, role: Role | null): Promise<number> {
    let total = 0;
    let after: string | null = null;
    for (;;) {
      const [batch]: { inserted: number; last_id: string | null }[] = await em.query(
        `WITH batch AS (
           SELECT id FROM users
            WHERE is_active AND ($1::text IS NULL OR role = $1) AND ($2::uuid IS NULL OR id > $2)
            ORDER BY id
            LIMIT $3
         ), inserted AS (
           INSERT INTO notifications (user_id, type, title, body, data)
           SELECT id, $4, $5, $6, $7::jsonb FROM batch
           RETURNING 1
         )
         SELECT (SELECT count(*) FROM inserted)::int AS inserted,
                (SELECT id FROM batch ORDER BY id DESC LIMIT 1) AS last_id`,
        [
          role,
          after,
          BROADCAST_BATCH,
          notice.type,
          notice.title,
          notice.body,
          notice.data === null ? null : JSON.stringify(notice.data),
        ],
      );
      total += batch.inserted;
      if (batch.inserted < BROADCAST_BATCH || !batch.last_id) {
        return total;
      }
      after = batch.last_id;
    }
  }

  /** The copies of one broadcast stored for these users. */
  async findBroadcastCopies(broadcastId: string, userIds: readonly string[]): Promise<NotificationRow[]> {
    return this.dataSource.query(
      `SELECT ${RETURNED} FROM notifications
        WHERE user_id = ANY($1::uuid[]) AND type = 'broadcast' AND data->>'broadcastId' = $2`,
      [userIds, broadcastId],
    );
  }

  async findPage(
    userId: string,
    unread: boolean | undefined,
    offset: number,
    limit: number,
  ): Promise<[NotificationEntity[], number]> {
    const readAt = unread === undefined ? undefined : unread ? IsNull() : Not(IsNull());
    return this.dataSource.getRepository(NotificationEntity).findAndCount({
      where: { userId, readAt },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
  }

  /** Keeps the first read time when marked twice; null when the user has no such notification. */
  async markRead(userId: string, id: string): Promise<NotificationEntity | null> {
    const repository = this.dataSource.getRepository(NotificationEntity);
    await repository.update({ id, userId, readAt: IsNull() }, { readAt: () => 'now()' });
    return repository.findOneBy({ id, userId });
  }

  async markAllRead(userId: string): Promise<void> {
    await this.dataSource
      .getRepository(NotificationEntity)
      .update({ userId, readAt: IsNull() }, { readAt: () => 'now()' });
  }
}
