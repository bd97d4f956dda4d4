/** The first retry waits this long; each next one twice as long as the one before. */
export const RETRY_BASE_MS = 1000;
/** No retry waits longer than this. */
export const RETRY_CAP_MS = 60 * 60_000;
/** How long a claim holds a job: an instance that dies while running one leaves it to others after this. */
export const LEASE_MS = 60_000;
/** Finished jobs are kept this long for admins to look at, then pruned. */
export const KEEP_SUCCEEDED_MS = 24 * 60 * 60_000;
export const KEEP_FAILED_MS = 7 * 24 * 60 * 60_000;

/** The wait before the retry that follows failed attempt number `attempt` (1, 2, …): 1 s, 2 s, 4 s, … capped. */
export function retryDelayMs(attempt: number): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  return Math.min(RETRY_BASE_MS * 2 ** exponent, RETRY_CAP_MS);
}

/** What a failed attempt leads to: another try after the backoff, or `failed` once the attempts are spent. */
export function afterFailure(
  attempt: number,
  maxAttempts: number,
  now: Date,
): { status: 'queued'; runAt: Date } | { status: 'failed' } {
  if (attempt >= maxAttempts) {
    return { status: 'failed' };
  }
  return { status: 'queued', runAt: new Date(now.getTime() + retryDelayMs(attempt)) };
}
