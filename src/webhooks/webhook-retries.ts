/**
 * `WEBHOOK_RETRY_SCHEDULE`: the first attempt, then one more after each delay (`1,1,2` → at most 4 attempts). After
 * failed attempt number `attempt` (from 1), the seconds to wait before the next one, or null once the schedule is
 * spent (the delivery is `failed`). A manual retry adds one attempt beyond the schedule: it fails for good at once.
 */
export function retryDelaySeconds(attempt: number, schedule: readonly number[]): number | null {
  return attempt >= 1 && attempt <= schedule.length ? schedule[attempt - 1] : null;
}
