import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const SWEEP_EVERY_MS = 10 * 60_000;
const BATCH = 1000;

/**
 * Tables whose rows are dead once `expires_at` has passed (each has an index on it), with their key columns.
 * - `idempotency_keys`: a key remembers its answer for 24 h; an expired one is also taken over in place by its
 *   user's next request with it.
 * - `refresh_tokens`: an expired refresh token is refused by its own `exp` before its row is ever read.
 */
const EXPIRING = [
  { table: 'idempotency_keys', key: ['user_id', 'key'] },
  { table: 'refresh_tokens', key: ['id'] },
] as const;

/** Deletes expired rows every 10 minutes, in batches; rows a transaction holds right now are skipped. */
@Injectable()
export class ExpiredRowsSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ExpiredRows');
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweepInBackground(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
    await this.sweeping;
  }

  /** One pass over every table; answers how many rows went, by table. */
  async sweep(): Promise<Record<(typeof EXPIRING)[number]['table'], number>> {
    const deleted = { idempotency_keys: 0, refresh_tokens: 0 };
    for (const { table, key } of EXPIRING) {
      const columns = key.join(', ');
      const match = key.map((column) => `t.${column} = expired.${column}`).join(' AND ');
      for (;;) {
        const rows: { deleted: number }[] = await this.dataSource.query(
          `WITH expired AS (
             SELECT ${columns} FROM ${table} WHERE expires_at <= now() LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
           ), gone AS (
             DELETE FROM ${table} t USING expired WHERE ${match} RETURNING 1
           )
           SELECT count(*)::int AS deleted FROM gone`,
        );
        const count = rows[0]?.deleted ?? 0;
        deleted[table] += count;
        if (count < BATCH) {
          break;
        }
      }
    }
    return deleted;
  }

  private async sweepInBackground(): Promise<void> {
    if (this.sweeping) {
      return;
    }
    this.sweeping = this.sweep()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not delete expired rows'))
      .finally(() => {
        this.sweeping = null;
      });
    await this.sweeping;
  }
}
