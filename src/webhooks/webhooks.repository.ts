import type { BatchedWrite } from '../database/batched-writes';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
  WebhookEventFilter,
  WebhookEventType,
} from '@app/contracts';
import { DataSource } from 'typeorm';

interface EndpointRow {
  id: string;
  url: string;
  events: WebhookEventFilter[];
  description: string | null;
  is_active: boolean;
  secret: string;
  created_at: Date;
  total?: number;
}

interface DeliveryRow {
  id: string;
  event_id: string;
  type: WebhookEventType;
  status: WebhookDeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: Date | null;
  created_at: Date;
  delivered_at: Date | null;
  total?: number;
}

/** A delivery claimed for one attempt, with what the attempt needs of its endpoint. */
export interface ClaimedDelivery {
  id: string;
  attempt: number;
  payload: string;
  url: string;
  secret: string;
  isActive: boolean;
}

/** One event as the listener hands it over: the body it will be sent with. */
export interface DeliveryOfEvent {
  eventId: string;
  type: WebhookEventType;
  body: string;
}

/** An attempt's result; `retryInSeconds` null: no attempt follows (`succeeded` when `ok`, else `failed`). */
export interface AttemptRecord {
  id: string;
  attempt: number;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  retryInSeconds: number | null;
}

export interface EndpointChanges {
  url?: string;
  events?: WebhookEventFilter[];
  description?: string | null;
  isActive?: boolean;
}

const MAX_ERROR_LENGTH = 1000;
const at = (date: Date | null) => (date ? date.toISOString() : null);

function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    description: row.description,
    isActive: row.is_active,
    createdAt: row.created_at.toISOString(),
  };
}

function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    eventId: row.event_id,
    type: row.type,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    nextAttemptAt: at(row.next_attempt_at),
    createdAt: row.created_at.toISOString(),
    deliveredAt: at(row.delivered_at),
  };
}

const ENDPOINT_COLUMNS = 'id, url, events, description, is_active, secret, created_at';
const DELIVERY_COLUMNS =
  'id, event_id, type, status, attempts, last_status_code, last_error, next_attempt_at, created_at, delivered_at';
/** The same, of the table aliased `d` (an UPDATE … FROM, where a bare `id` would be ambiguous). */
const DELIVERY_COLUMNS_OF_D = DELIVERY_COLUMNS.split(', ')
  .map((column) => `d.${column}`)
  .join(', ');

/** A batch of recorded events' deliveries: one row per subscribed active endpoint and event (unique). */
const INSERT_DELIVERIES = `INSERT INTO webhook_deliveries (endpoint_id, event_id, type, payload, next_attempt_at)
       SELECT e.id, ev.event_id, ev.type, ev.body, now()
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS ev(event_id, type, body)
         JOIN webhook_endpoints e ON e.is_active AND e.events && ARRAY[ev.type, '*']
       ON CONFLICT (endpoint_id, event_id) DO NOTHING
       RETURNING 1`;

/**
 * One delivery per event and active endpoint subscribed to its type (or `*`), due now, as one write for the change's
 * batch (`WriteBatch`); the endpoints are found through the GIN index on `events`. It returns a row per delivery.
 */
export function deliveriesWrite(events: readonly DeliveryOfEvent[]): BatchedWrite {
  return {
    statement: INSERT_DELIVERIES,
    params: [
      events.map((event) => event.eventId),
      events.map((event) => event.type),
      events.map((event) => event.body),
    ],
  };
}

/**
 * Webhook endpoints and their deliveries: written with the change, claimed for attempts, listed. An `UPDATE` or
 * `DELETE … RETURNING` is wrapped in a `WITH … SELECT`, so the driver answers rows (not `[rows, count]`).
 */
@Injectable()
export class WebhooksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async createEndpoint(endpoint: {
    url: string;
    events: WebhookEventFilter[];
    description: string | null;
    secret: string;
  }): Promise<WebhookEndpointWithSecret> {
    const [row] = await this.dataSource.query<EndpointRow[]>(
      `INSERT INTO webhook_endpoints (url, events, description, secret) VALUES ($1, $2::text[], $3, $4)
       RETURNING ${ENDPOINT_COLUMNS}`,
      [endpoint.url, endpoint.events, endpoint.description, endpoint.secret],
    );
    return { ...toEndpoint(row), secret: row.secret };
  }

  async findEndpoint(id: string): Promise<WebhookEndpoint | null> {
    const [row] = await this.dataSource.query<EndpointRow[]>(
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = $1`,
      [id],
    );
    return row ? toEndpoint(row) : null;
  }

  /** Newest first; the total rides along as a window count. */
  async findEndpointPage(offset: number, limit: number): Promise<[WebhookEndpoint[], number]> {
    const rows = await this.dataSource.query<EndpointRow[]>(
      `SELECT ${ENDPOINT_COLUMNS}, count(*) OVER ()::int AS total FROM webhook_endpoints
        ORDER BY created_at DESC, id DESC OFFSET $1 LIMIT $2`,
      [offset, limit],
    );
    if (rows.length === 0 && offset > 0) {
      const [counted] = await this.dataSource.query<{ total: number }[]>(
        'SELECT count(*)::int AS total FROM webhook_endpoints',
      );
      return [[], counted?.total ?? 0];
    }
    return [rows.map(toEndpoint), rows[0]?.total ?? 0];
  }

  /** Changes what is given (one statement); null when there is no such endpoint. */
  async updateEndpoint(id: string, changes: EndpointChanges): Promise<WebhookEndpoint | null> {
    const [row] = await this.dataSource.query<EndpointRow[]>(
      `WITH changed AS (
         UPDATE webhook_endpoints
            SET url = COALESCE($2, url), events = COALESCE($3::text[], events),
                description = CASE WHEN $4::boolean THEN $5 ELSE description END,
                is_active = COALESCE($6, is_active), updated_at = now()
          WHERE id = $1
         RETURNING ${ENDPOINT_COLUMNS}
       )
       SELECT * FROM changed`,
      [
        id,
        changes.url ?? null,
        changes.events ?? null,
        changes.description !== undefined,
        changes.description ?? null,
        changes.isActive ?? null,
      ],
    );
    return row ? toEndpoint(row) : null;
  }

  async rotateSecret(id: string, secret: string): Promise<WebhookEndpointWithSecret | null> {
    const [row] = await this.dataSource.query<EndpointRow[]>(
      `WITH changed AS (
         UPDATE webhook_endpoints SET secret = $2, updated_at = now() WHERE id = $1 RETURNING ${ENDPOINT_COLUMNS}
       )
       SELECT * FROM changed`,
      [id, secret],
    );
    return row ? { ...toEndpoint(row), secret: row.secret } : null;
  }

  /** Deletes the endpoint with its deliveries (cascade); false when there was none. */
  async deleteEndpoint(id: string): Promise<boolean> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      'WITH gone AS (DELETE FROM webhook_endpoints WHERE id = $1 RETURNING id) SELECT id FROM gone',
      [id],
    );
    return rows.length > 0;
  }

  /**
   * Deletes finished deliveries (`succeeded`, `failed`) made more than `keepMs` ago, `batch` at a time; a pending one
   * is never deleted. Safe on several instances at once (`SKIP LOCKED`). Answers how many went.
   */
  async pruneFinished(keepMs: number, batch: number): Promise<number> {
    let total = 0;
    for (;;) {
      const rows = await this.dataSource.query<{ deleted: number }[]>(
        `WITH old AS (
           SELECT id FROM webhook_deliveries
            WHERE status <> 'pending' AND created_at < now() - make_interval(secs => $1::float8 / 1000)
            LIMIT $2 FOR UPDATE SKIP LOCKED
         ), gone AS (
           DELETE FROM webhook_deliveries d USING old WHERE d.id = old.id RETURNING 1
         )
         SELECT count(*)::int AS deleted FROM gone`,
        [keepMs, batch],
      );
      const count = rows[0]?.deleted ?? 0;
      total += count;
      if (count < batch) {
        return total;
      }
    }
  }

  /**
   * Claims up to `limit` due deliveries for one attempt each (one statement, `FOR UPDATE SKIP LOCKED`): the attempt is
   * counted and `next_attempt_at` moves `leaseMs` ahead, so an instance that dies mid-attempt leaves the delivery due
   * again once that lease ran out (at least once), and no other instance takes it meanwhile.
   */
  async claimDue(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const rows = await this.dataSource.query<
      { id: string; attempts: number; payload: string; url: string; secret: string; is_active: boolean }[]
    >(
      `WITH due AS (
         SELECT id FROM webhook_deliveries
          WHERE status = 'pending' AND next_attempt_at <= now()
          ORDER BY next_attempt_at
          LIMIT $1
          FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE webhook_deliveries d
            SET attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => $2::float8 / 1000),
                in_flight_until = now() + make_interval(secs => $2::float8 / 1000)
           FROM due WHERE d.id = due.id
         RETURNING d.id, d.attempts, d.payload, d.endpoint_id
       )
       SELECT c.id, c.attempts, c.payload, e.url, e.secret, e.is_active
         FROM claimed c JOIN webhook_endpoints e ON e.id = c.endpoint_id`,
      [limit, leaseMs],
    );
    return rows.map((row) => ({
      id: row.id,
      attempt: row.attempts,
      payload: row.payload,
      url: row.url,
      secret: row.secret,
      isActive: row.is_active,
    }));
  }

  /**
   * The attempts' results, in one statement. Each applies only if its delivery is still at that attempt and pending
   * (a manual retry or a lease taken over since made a newer attempt, whose result is the one that counts).
   */
  async recordAttempts(records: readonly AttemptRecord[]): Promise<void> {
    if (records.length === 0) {
      return;
    }
    await this.dataSource.query(
      `UPDATE webhook_deliveries d
          SET status = CASE WHEN r.ok THEN 'succeeded' WHEN r.retry_in IS NULL THEN 'failed' ELSE 'pending' END,
              last_status_code = r.status_code,
              last_error = r.error,
              next_attempt_at = CASE WHEN r.ok OR r.retry_in IS NULL THEN NULL
                                     ELSE now() + make_interval(secs => r.retry_in) END,
              delivered_at = CASE WHEN r.ok THEN now() ELSE d.delivered_at END,
              in_flight_until = NULL
         FROM unnest($1::uuid[], $2::int[], $3::boolean[], $4::int[], $5::text[], $6::float8[])
              AS r(id, attempt, ok, status_code, error, retry_in)
        WHERE d.id = r.id AND d.attempts = r.attempt AND d.status = 'pending'`,
      [
        records.map((record) => record.id),
        records.map((record) => record.attempt),
        records.map((record) => record.ok),
        records.map((record) => record.statusCode),
        records.map((record) => record.error?.slice(0, MAX_ERROR_LENGTH) ?? null),
        records.map((record) => record.retryInSeconds),
      ],
    );
  }

  /** When the earliest pending delivery falls due (null: none is pending). */
  async nextDueAt(): Promise<Date | null> {
    const [row] = await this.dataSource.query<{ next: Date | null }[]>(
      `SELECT min(next_attempt_at) AS next FROM webhook_deliveries WHERE status = 'pending'`,
    );
    return row?.next ?? null;
  }

  /** One endpoint's deliveries, newest first. */
  async findDeliveryPage(endpointId: string, offset: number, limit: number): Promise<[WebhookDelivery[], number]> {
    const rows = await this.dataSource.query<DeliveryRow[]>(
      `SELECT ${DELIVERY_COLUMNS}, count(*) OVER ()::int AS total FROM webhook_deliveries
        WHERE endpoint_id = $1
        ORDER BY created_at DESC, id DESC OFFSET $2 LIMIT $3`,
      [endpointId, offset, limit],
    );
    if (rows.length === 0 && offset > 0) {
      const [counted] = await this.dataSource.query<{ total: number }[]>(
        'SELECT count(*)::int AS total FROM webhook_deliveries WHERE endpoint_id = $1',
        [endpointId],
      );
      return [[], counted?.total ?? 0];
    }
    return [rows.map(toDelivery), rows[0]?.total ?? 0];
  }

  /**
   * A manual retry: the delivery is pending again and due now (whatever its status was); null when not found. While
   * an attempt is in flight (claimed, its result not recorded, its lease not over) that attempt is the retry: the
   * delivery is answered as it is, so no second attempt goes out beside it.
   */
  async retryNow(endpointId: string, deliveryId: string): Promise<WebhookDelivery | null> {
    const [row] = await this.dataSource.query<DeliveryRow[]>(
      `WITH target AS (
         SELECT id, in_flight_until IS NOT NULL AND in_flight_until > now() AS in_flight
           FROM webhook_deliveries WHERE id = $1 AND endpoint_id = $2
            FOR UPDATE
       ), retried AS (
         UPDATE webhook_deliveries d SET status = 'pending', next_attempt_at = now()
           FROM target WHERE d.id = target.id AND NOT target.in_flight
         RETURNING ${DELIVERY_COLUMNS_OF_D}
       )
       SELECT * FROM retried
       UNION ALL
       SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries
        WHERE id = (SELECT id FROM target WHERE in_flight)`,
      [deliveryId, endpointId],
    );
    return row ? toDelivery(row) : null;
  }
}
