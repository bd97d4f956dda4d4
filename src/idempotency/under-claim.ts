import type { EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import type { ClaimState, IdempotencyKeysRepository } from './idempotency-keys.repository';
import { keyInUse, replayOf, type Keyed, type KeyClaim } from './idempotency';

/**
 * What an operation under a key ends with inside its transaction: its result (a value with the `effects` to apply
 * after commit, such as events to publish, or a replay with `none`), or a refusal already stored as the key's first
 * answer, to throw once the transaction that stored it has committed.
 */
export type KeyedOutcome<T, E> = { result: Keyed<T>; effects: E } | { refused: AppError };

/**
 * The rest of the `Idempotency-Key` protocol, once the operation's first statement has tried to claim the key
 * (`state`), in that same transaction:
 * - someone else holds the key: their stored answer again (or 409 `IDEMPOTENCY_KEY_IN_USE` while it has none);
 * - the key is not ours but has an answer: a replay (or 422 `IDEMPOTENCY_KEY_REUSED` for another request); the
 *   claim's snapshot may predate an answer committed just before we got the lock, so it is read again then;
 * - the key is ours: `work` runs; a refusal of ours (a 4xx) is stored as the key's first answer and handed back, a
 *   server error or a failed statement rolls everything back, the claim included, so a retry runs again.
 * Not-our-key answers store nothing.
 */
export async function runUnderClaim<T, E>(
  keys: IdempotencyKeysRepository,
  em: EntityManager,
  claim: KeyClaim,
  state: ClaimState,
  none: E,
  work: () => Promise<{ value: T; effects: E }>,
): Promise<KeyedOutcome<T, E>> {
  if (!state.acquired) {
    if (state.stored) {
      return { result: { replay: replayOf(state.stored, claim.requestHash) }, effects: none };
    }
    throw keyInUse();
  }
  if (!state.claimed) {
    const stored = state.stored ?? (await keys.readStored(em, claim.userId, claim.key));
    if (!stored) {
      throw keyInUse();
    }
    return { result: { replay: replayOf(stored, claim.requestHash) }, effects: none };
  }
  try {
    const { value, effects } = await work();
    return { result: { value }, effects };
  } catch (error) {
    // Only our own refusals: a failed statement has aborted the transaction, and a 5xx is not kept.
    if (!(error instanceof AppError)) {
      throw error;
    }
    const answer = claim.answerOf(error);
    if (answer.status >= 500) {
      throw error;
    }
    await keys.record(em, claim.userId, claim.key, answer);
    return { refused: error };
  }
}
