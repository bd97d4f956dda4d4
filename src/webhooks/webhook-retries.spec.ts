import { retryDelaySeconds } from './webhook-retries';

describe('the webhook retry schedule', () => {
  it('retries after each delay in turn, then gives up: 1,1,2 is at most four attempts', () => {
    const schedule = [1, 1, 2];
    expect([1, 2, 3, 4].map((attempt) => retryDelaySeconds(attempt, schedule))).toEqual([1, 1, 2, null]);
  });

  it('makes one attempt only with an empty schedule, and none more after a manual retry past the schedule', () => {
    expect(retryDelaySeconds(1, [])).toBeNull();
    expect(retryDelaySeconds(7, [5, 30, 120, 600, 3600, 21_600])).toBeNull();
    expect(retryDelaySeconds(6, [5, 30, 120, 600, 3600, 21_600])).toBe(21_600);
  });
});
