import type { EntityManager } from 'typeorm';
import { queryPrepared } from './prepared';

/**
 * One data-modifying statement (`INSERT`, `UPDATE` or `DELETE`, ending in `RETURNING`) that a change's transaction
 * may run together with others in one round trip (`runWrites`). Its placeholders are its own (`$1` for its first
 * value); `done` gets how many rows it returned, once the batch has run.
 *
 * The writes of one batch run on one snapshot: none sees another's rows, and two that change the same row fail the
 * statement. So a batch holds writes that touch different rows and read nothing another one writes (today: the
 * reminder jobs, the notifications, the webhook deliveries, each in its own table).
 *
 * For the rows a change leaves behind without reading anything back: a booking's notifications, reminders and
 * webhook deliveries were three round trips of their own, each a wait on the transaction's one connection.
 */
export interface BatchedWrite {
  statement: string;
  params: unknown[];
  done?: (rows: number) => void;
}

/** What a change's listeners add their writes to; the change runs them all at once (see `runWrites`). */
export interface WriteBatch {
  add(write: BatchedWrite): void;
}

/** Placeholders in our own statements (no literal or quoted identifier of ours holds a `$`). */
const PLACEHOLDER = /\$(\d+)/g;

/** A statement's highest placeholder, by its text: our statements are constants, so each is read once. */
const highestPlaceholders = new Map<string, number>();
/** Composed texts by their statements (a handful of combinations: a booking's, a series', a sweep's). */
const composedTexts = new Map<string, string>();
/** Far above the combinations the listeners make; a bound, should a caller ever vary its statement text. */
const MAX_CACHED = 1000;

function highestPlaceholderOf(statement: string): number {
  let highest = highestPlaceholders.get(statement);
  if (highest === undefined) {
    highest = Math.max(0, ...[...statement.matchAll(PLACEHOLDER)].map((match) => Number(match[1])));
    if (highestPlaceholders.size >= MAX_CACHED) {
      highestPlaceholders.clear();
    }
    highestPlaceholders.set(statement, highest);
  }
  return highest;
}

function composedTextOf(writes: readonly BatchedWrite[]): string {
  const key = writes.map((write) => write.statement).join('\u0000');
  let text = composedTexts.get(key);
  if (text === undefined) {
    let offset = 0;
    const entries = writes.map((write, index) => {
      const shift = offset;
      offset += highestPlaceholderOf(write.statement);
      return `w${index} AS (${write.statement.replace(PLACEHOLDER, (_match, n: string) => `$${Number(n) + shift}`)})`;
    });
    const counts = writes.map((_write, index) => `(SELECT count(*) FROM w${index})::int AS w${index}`);
    text = `WITH ${entries.join(', ')} SELECT ${counts.join(', ')}`;
    if (composedTexts.size >= MAX_CACHED) {
      composedTexts.clear();
    }
    composedTexts.set(key, text);
  }
  return text;
}

/**
 * The writes as one statement: each a data-modifying `WITH` entry (PostgreSQL runs every one of them exactly once,
 * on the statement's one snapshot), the values numbered one after the other, and one row that counts what each
 * returned. The text depends only on the statements and their order, so a booking's batch is one prepared statement.
 */
export function composeWrites(writes: readonly BatchedWrite[]): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  for (const write of writes) {
    const highest = highestPlaceholderOf(write.statement);
    if (highest !== write.params.length) {
      throw new Error(`a batched write uses $1..$${highest} but has ${write.params.length} values`);
    }
    params.push(...write.params);
  }
  return { text: composedTextOf(writes), params };
}

/**
 * Runs the writes in the transaction of `em`, in one round trip (none without writes), calls their `done` and answers
 * how many rows each returned, in their order.
 */
export async function runWrites(em: EntityManager, writes: readonly BatchedWrite[]): Promise<number[]> {
  if (writes.length === 0) {
    return [];
  }
  const { text, params } = composeWrites(writes);
  const [row] = await queryPrepared<Record<string, number>>(em, text, params);
  return writes.map((write, index) => {
    const count = row?.[`w${index}`] ?? 0;
    write.done?.(count);
    return count;
  });
}
