import { ClinicApiError, UnexpectedResponseError } from '@clinic-booking/client';
import { describeError } from '../../web/src/api/errors';
import { allPages, MAX_PAGES } from '../../web/src/api/pages';
import { dayKey, groupByDay, minutesSeconds, startOfDay, zoneLabel } from '../../web/src/lib/time';

describe('web app: time helpers', () => {
  it("finds the start of the zone's day, also on a day that changes the clock", () => {
    const noon = new Date('2026-03-29T10:00:00Z'); // Europe/Berlin springs forward at 02:00 that day
    expect(startOfDay('Europe/Berlin', noon).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDay('Europe/Berlin', noon, 1).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDay('America/New_York', noon).toISOString()).toBe('2026-03-29T04:00:00.000Z');
    expect(startOfDay('Etc/GMT-5', new Date('2026-12-06T20:00:00Z')).toISOString()).toBe('2026-12-06T19:00:00.000Z');
    expect(startOfDay('UTC', new Date('2026-12-31T23:59:59Z'), 1).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('keys instants by their day in a zone, and writes countdowns as m:ss', () => {
    expect(dayKey('2026-12-06T23:30:00Z', 'UTC')).toBe('2026-12-06');
    expect(dayKey('2026-12-06T23:30:00Z', 'Europe/Berlin')).toBe('2026-12-07');
    expect(minutesSeconds(299)).toBe('4:59');
    expect(minutesSeconds(-3)).toBe('0:00');
    expect(zoneLabel('America/New_York')).toBe('New York');
    expect(zoneLabel('Etc/GMT-7')).toBe('GMT+7');
  });

  it('groups items by the days of a zone from a start, listing the empty days too, across a clock change', () => {
    const from = startOfDay('Europe/Berlin', new Date('2026-03-28T10:00:00Z'));
    const items = [
      { startsAt: '2026-03-29T22:30:00Z', id: 'c' }, // Monday 00:30 in Berlin (summer time)
      { startsAt: '2026-03-28T08:00:00Z', id: 'a' },
      { startsAt: '2026-03-28T22:59:00Z', id: 'b' }, // Saturday 23:59 in Berlin (winter time)
      { startsAt: '2026-04-10T08:00:00Z', id: 'later' }, // past the days asked for
    ];
    expect(groupByDay(items, from, 3, 'Europe/Berlin')).toEqual([
      ['2026-03-28', [items[1], items[2]]],
      ['2026-03-29', []],
      ['2026-03-30', [items[0]]],
    ]);
  });
});

describe('web app: error messages', () => {
  const body = {
    statusCode: 409,
    error: 'Conflict',
    code: 'APPOINTMENT_CONFLICT' as const,
    message: 'The doctor already has an appointment at that time',
    path: '/api/v1/appointments/holds',
    timestamp: '2026-12-06T10:00:00.000Z',
    requestId: 'req-1',
  };

  it('says what happened in words for the codes the screens meet, and names the fields of a 400', () => {
    expect(describeError(new ClinicApiError(body))).toBe(
      'That time was just taken by someone else. Please pick another time.',
    );
    const invalid = new ClinicApiError({
      ...body,
      statusCode: 400,
      error: 'Bad Request',
      code: 'VALIDATION_FAILED',
      message: 'Validation failed',
      details: [{ field: 'password', message: 'password must be longer than or equal to 8 characters' }],
    });
    expect(describeError(invalid)).toBe(
      'Validation failed (password: password must be longer than or equal to 8 characters)',
    );
  });

  it('explains answers without the error shape and a service that cannot be reached', () => {
    expect(describeError(new UnexpectedResponseError(502, '<html>'))).toContain('unexpected error (502)');
    expect(describeError(new TypeError('Failed to fetch'))).toContain("Cannot reach the clinic's service");
  });
});

describe('web app: whole lists', () => {
  const pageOf = (ids: string[], total: number, totalPages: number) => ({
    data: ids.map((id) => ({ id })),
    meta: { total, totalPages },
  });

  it('reads every page of a list, each once, and keeps an item that moved between pages once', async () => {
    const asked: number[] = [];
    const pages: Record<number, ReturnType<typeof pageOf>> = {
      1: pageOf(['a', 'b'], 5, 3),
      2: pageOf(['b', 'c'], 5, 3), // 'b' slid down a page while the pages were read
      3: pageOf(['d', 'e'], 5, 3),
    };
    const list = await allPages((page) => {
      asked.push(page);
      return Promise.resolve(pages[page]);
    });
    expect(asked.sort()).toEqual([1, 2, 3]);
    expect(list).toEqual({ data: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })), total: 5 });
  });

  it(`stops at ${MAX_PAGES} pages and says how many there are`, async () => {
    const asked: number[] = [];
    const list = await allPages((page) => {
      asked.push(page);
      return Promise.resolve(pageOf([`item-${page}`], 5000, 50));
    });
    expect(asked).toHaveLength(MAX_PAGES);
    expect(list.data).toHaveLength(MAX_PAGES);
    expect(list.total).toBe(5000);
  });
});
