import { afterFailure, RETRY_BASE_MS, RETRY_CAP_MS, retryDelayMs } from './job-backoff';

describe('job retries', () => {
  it('waits twice as long after each failed attempt, from 1 s, never more than an hour', () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 16_000]);
    expect(retryDelayMs(1)).toBe(RETRY_BASE_MS);
    expect(retryDelayMs(13)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(1000)).toBe(RETRY_CAP_MS);
  });

  it('queues the job again after the backoff while attempts remain, then gives up', () => {
    const now = new Date('2026-12-07T09:00:00.000Z');
    expect(afterFailure(1, 3, now)).toEqual({ status: 'queued', runAt: new Date('2026-12-07T09:00:01.000Z') });
    expect(afterFailure(2, 3, now)).toEqual({ status: 'queued', runAt: new Date('2026-12-07T09:00:02.000Z') });
    expect(afterFailure(3, 3, now)).toEqual({ status: 'failed' });
    // An attempt past the last: a lease that ran out on the last attempt.
    expect(afterFailure(4, 3, now)).toEqual({ status: 'failed' });
  });
});
