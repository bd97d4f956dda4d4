import fc from 'fast-check';
import { DateTime } from 'luxon';
import { computeSlotGrid, findFreeSlots, slotGrid, type FreeSlotQuery, type TimeInterval } from './free-slots';
import { blockOn, isWithinWorkingHours, scheduleProblems, type WeeklyBlock } from './working-hours';

const H = 60;
const weekdays = (startMinute: number, endMinute: number): WeeklyBlock[] =>
  [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, startMinute, endMinute }));

// 2027-03-01 is a Monday. "now" sits well before every range unless a test says otherwise.
const LONG_AGO = new Date('2020-01-01T00:00Z');

function slots(overrides: Partial<FreeSlotQuery>): TimeInterval[] {
  return findFreeSlots({
    blocks: weekdays(9 * H, 17 * H),
    timezone: 'UTC',
    from: new Date('2027-03-01T00:00Z'),
    to: new Date('2027-03-02T00:00Z'),
    durationMinutes: 30,
    busy: [],
    now: LONG_AGO,
    ...overrides,
  });
}

const starts = (list: TimeInterval[]) => list.map((s) => s.startsAt.toISOString());
const busy = (startsAt: string, endsAt: string): TimeInterval => ({
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
});

describe('findFreeSlots', () => {
  describe('grid', () => {
    it('offers every durationMinutes from the start of the block, each lasting durationMinutes', () => {
      const found = slots({ blocks: [{ dayOfWeek: 1, startMinute: 9 * H, endMinute: 11 * H }] });
      expect(starts(found)).toEqual([
        '2027-03-01T09:00:00.000Z',
        '2027-03-01T09:30:00.000Z',
        '2027-03-01T10:00:00.000Z',
        '2027-03-01T10:30:00.000Z',
      ]);
      for (const slot of found) {
        expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(30 * 60_000);
      }
    });

    it('fills a whole working day of the default schedule with 16 half-hour slots', () => {
      expect(slots({})).toHaveLength(16);
    });

    it('keeps the grid anchored at the block start, not at the range start', () => {
      const found = slots({ from: new Date('2027-03-01T09:10Z') });
      expect(starts(found)[0]).toBe('2027-03-01T09:30:00.000Z');
    });

    it('anchors each block separately', () => {
      const found = slots({
        blocks: [
          { dayOfWeek: 1, startMinute: 9 * H, endMinute: 10 * H },
          { dayOfWeek: 1, startMinute: 13 * H + 15, endMinute: 14 * H + 15 },
        ],
      });
      expect(starts(found)).toEqual([
        '2027-03-01T09:00:00.000Z',
        '2027-03-01T09:30:00.000Z',
        '2027-03-01T13:15:00.000Z',
        '2027-03-01T13:45:00.000Z',
      ]);
    });

    it('uses the asked duration as the step', () => {
      const found = slots({
        blocks: [{ dayOfWeek: 1, startMinute: 9 * H, endMinute: 10 * H + 30 }],
        durationMinutes: 45,
      });
      expect(starts(found)).toEqual(['2027-03-01T09:00:00.000Z', '2027-03-01T09:45:00.000Z']);
      expect(found[1].endsAt.toISOString()).toBe('2027-03-01T10:30:00.000Z');
    });

    it('reads blocks on the doctor wall clock', () => {
      // New York is UTC-5 in early March 2027 (daylight time starts on 2027-03-14).
      const found = slots({ timezone: 'America/New_York', to: new Date('2027-03-02T12:00Z') });
      expect(starts(found)[0]).toBe('2027-03-01T14:00:00.000Z');
      expect(found[found.length - 1].endsAt.toISOString()).toBe('2027-03-01T22:00:00.000Z');
    });

    it('offers nothing on days without working hours', () => {
      // 2027-03-06 and 07 are a weekend.
      expect(slots({ from: new Date('2027-03-06T00:00Z'), to: new Date('2027-03-08T00:00Z') })).toEqual([]);
    });

    it('answers in time order over several days', () => {
      const found = slots({ to: new Date('2027-03-08T00:00Z') });
      expect(found).toHaveLength(5 * 16);
      const times = found.map((s) => s.startsAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    });
  });

  describe('block edges', () => {
    it('includes a slot ending exactly at the block end and drops one that would run past it', () => {
      const found = slots({
        blocks: [{ dayOfWeek: 1, startMinute: 9 * H, endMinute: 10 * H + 20 }],
        durationMinutes: 30,
      });
      expect(starts(found)).toEqual(['2027-03-01T09:00:00.000Z', '2027-03-01T09:30:00.000Z']);
    });

    it('does not let a slot span two touching blocks', () => {
      const found = slots({
        blocks: [
          { dayOfWeek: 1, startMinute: 9 * H, endMinute: 9 * H + 50 },
          { dayOfWeek: 1, startMinute: 9 * H + 50, endMinute: 11 * H },
        ],
        durationMinutes: 60,
      });
      expect(starts(found)).toEqual(['2027-03-01T09:50:00.000Z']);
    });

    it('runs a block to 24:00 up to local midnight', () => {
      const found = slots({
        blocks: [{ dayOfWeek: 1, startMinute: 22 * H, endMinute: 24 * H }],
        timezone: 'Europe/Berlin',
      });
      // Berlin is UTC+1 in March before the change: 22:00 local = 21:00Z, midnight = 23:00Z.
      expect(starts(found)).toEqual([
        '2027-03-01T21:00:00.000Z',
        '2027-03-01T21:30:00.000Z',
        '2027-03-01T22:00:00.000Z',
        '2027-03-01T22:30:00.000Z',
      ]);
      expect(found[3].endsAt.toISOString()).toBe('2027-03-01T23:00:00.000Z');
    });
  });

  describe('range', () => {
    it('offers slots that start in [from, to), even when they end after to', () => {
      const found = slots({ from: new Date('2027-03-01T10:00Z'), to: new Date('2027-03-01T11:15Z') });
      expect(starts(found)).toEqual([
        '2027-03-01T10:00:00.000Z',
        '2027-03-01T10:30:00.000Z',
        '2027-03-01T11:00:00.000Z',
      ]);
    });

    it('excludes a slot starting exactly at to', () => {
      const found = slots({ from: new Date('2027-03-01T10:00Z'), to: new Date('2027-03-01T11:00Z') });
      expect(starts(found)).toEqual(['2027-03-01T10:00:00.000Z', '2027-03-01T10:30:00.000Z']);
    });

    it('reads the weekday on the doctor wall clock, not in UTC', () => {
      // Tokyo (UTC+9): Tuesday 08:00–09:00 local is Monday 23:00Z–24:00Z.
      const found = slots({
        timezone: 'Asia/Tokyo',
        blocks: [{ dayOfWeek: 2, startMinute: 8 * H, endMinute: 9 * H }],
        from: new Date('2027-03-01T20:00Z'),
        to: new Date('2027-03-02T00:00Z'),
      });
      expect(starts(found)).toEqual(['2027-03-01T23:00:00.000Z', '2027-03-01T23:30:00.000Z']);
    });
  });

  describe('busy time', () => {
    it('drops slots overlapping time off, keeps those that only touch it', () => {
      const found = slots({ busy: [busy('2027-03-01T10:00Z', '2027-03-01T12:00Z')] });
      expect(starts(found)).not.toContain('2027-03-01T10:00:00.000Z');
      expect(starts(found)).not.toContain('2027-03-01T11:30:00.000Z');
      expect(starts(found)).toContain('2027-03-01T09:30:00.000Z');
      expect(starts(found)).toContain('2027-03-01T12:00:00.000Z');
      expect(found).toHaveLength(12);
    });

    it('drops every slot that an appointment overlaps, even off the grid', () => {
      const found = slots({ busy: [busy('2027-03-01T10:15Z', '2027-03-01T10:45Z')] });
      expect(starts(found)).not.toContain('2027-03-01T10:00:00.000Z');
      expect(starts(found)).not.toContain('2027-03-01T10:30:00.000Z');
      expect(found).toHaveLength(14);
    });

    it('drops a longer slot that only partly overlaps an appointment', () => {
      const found = slots({
        blocks: [{ dayOfWeek: 1, startMinute: 9 * H, endMinute: 12 * H }],
        durationMinutes: 60,
        busy: [busy('2027-03-01T10:30Z', '2027-03-01T10:45Z')],
      });
      expect(starts(found)).toEqual(['2027-03-01T09:00:00.000Z', '2027-03-01T11:00:00.000Z']);
    });

    it('handles overlapping and unsorted busy intervals', () => {
      const found = slots({
        busy: [
          busy('2027-03-01T15:00Z', '2027-03-01T15:30Z'),
          busy('2027-03-01T09:00Z', '2027-03-01T11:00Z'),
          busy('2027-03-01T10:30Z', '2027-03-01T12:00Z'),
          busy('2027-03-01T09:30Z', '2027-03-01T10:00Z'),
        ],
      });
      expect(starts(found)).toEqual([
        '2027-03-01T12:00:00.000Z',
        '2027-03-01T12:30:00.000Z',
        '2027-03-01T13:00:00.000Z',
        '2027-03-01T13:30:00.000Z',
        '2027-03-01T14:00:00.000Z',
        '2027-03-01T14:30:00.000Z',
        '2027-03-01T15:30:00.000Z',
        '2027-03-01T16:00:00.000Z',
        '2027-03-01T16:30:00.000Z',
      ]);
    });

    it('drops whole days of a multi-day time off', () => {
      const found = slots({
        to: new Date('2027-03-04T00:00Z'),
        busy: [busy('2027-03-01T00:00Z', '2027-03-03T00:00Z')],
      });
      expect(found).toHaveLength(16);
      expect(starts(found)[0]).toBe('2027-03-03T09:00:00.000Z');
    });
  });

  describe('the past', () => {
    it('never offers a slot that starts before now', () => {
      const found = slots({ now: new Date('2027-03-01T10:10Z') });
      expect(starts(found)[0]).toBe('2027-03-01T10:30:00.000Z');
    });

    it('offers a slot that starts exactly now', () => {
      const found = slots({ now: new Date('2027-03-01T10:30Z') });
      expect(starts(found)[0]).toBe('2027-03-01T10:30:00.000Z');
    });

    it('offers nothing for a range wholly in the past', () => {
      expect(slots({ now: new Date('2027-03-05T00:00Z') })).toEqual([]);
    });
  });

  describe('daylight-saving changes (Europe/Berlin)', () => {
    const berlin = (overrides: Partial<FreeSlotQuery>) => slots({ timezone: 'Europe/Berlin', ...overrides });
    const firstOfEachDay = (found: TimeInterval[]) => {
      const firsts = new Map<string, string>();
      for (const slot of found) {
        const day = DateTime.fromJSDate(slot.startsAt, { zone: 'Europe/Berlin' }).toISODate()!;
        if (!firsts.has(day)) {
          firsts.set(day, slot.startsAt.toISOString());
        }
      }
      return Object.fromEntries(firsts);
    };

    it('keeps 09:00 local across the spring-forward week (2027-03-28)', () => {
      const found = berlin({ from: new Date('2027-03-25T00:00+01:00'), to: new Date('2027-04-01T00:00+02:00') });
      expect(firstOfEachDay(found)).toEqual({
        '2027-03-25': '2027-03-25T08:00:00.000Z',
        '2027-03-26': '2027-03-26T08:00:00.000Z',
        '2027-03-29': '2027-03-29T07:00:00.000Z',
        '2027-03-30': '2027-03-30T07:00:00.000Z',
        '2027-03-31': '2027-03-31T07:00:00.000Z',
      });
      expect(found).toHaveLength(5 * 16);
    });

    it('keeps 09:00 local across the fall-back week (2027-10-31)', () => {
      const found = berlin({ from: new Date('2027-10-28T00:00+02:00'), to: new Date('2027-11-03T00:00+01:00') });
      expect(firstOfEachDay(found)).toEqual({
        '2027-10-28': '2027-10-28T07:00:00.000Z',
        '2027-10-29': '2027-10-29T07:00:00.000Z',
        '2027-11-01': '2027-11-01T08:00:00.000Z',
        '2027-11-02': '2027-11-02T08:00:00.000Z',
      });
      // The last slot of a day still ends at 17:00 local on both sides.
      const ends = found.map((s) => s.endsAt.toISOString());
      expect(ends).toContain('2027-10-29T15:00:00.000Z');
      expect(ends).toContain('2027-11-01T16:00:00.000Z');
    });

    it('skips wall-clock times that do not exist on the spring-forward night', () => {
      // 02:00–03:00 does not exist on 2027-03-28 in Berlin; the block is two hours of real time.
      const found = berlin({
        blocks: [{ dayOfWeek: 7, startMinute: 1 * H, endMinute: 4 * H }],
        from: new Date('2027-03-28T00:00+01:00'),
        to: new Date('2027-03-29T00:00+02:00'),
      });
      expect(starts(found)).toEqual([
        '2027-03-28T00:00:00.000Z', // 01:00 CET
        '2027-03-28T00:30:00.000Z', // 01:30 CET
        '2027-03-28T01:00:00.000Z', // 03:00 CEST
        '2027-03-28T01:30:00.000Z', // 03:30 CEST
      ]);
    });

    it('offers the repeated hour of the fall-back night once, without overlapping slots', () => {
      const found = berlin({
        blocks: [{ dayOfWeek: 7, startMinute: 0, endMinute: 6 * H }],
        from: new Date('2027-10-31T00:00+02:00'),
        to: new Date('2027-11-01T00:00+01:00'),
      });
      expect(found).toHaveLength(12);
      for (let i = 1; i < found.length; i++) {
        expect(found[i].startsAt.getTime()).toBeGreaterThanOrEqual(found[i - 1].endsAt.getTime());
      }
      expect(found[found.length - 1].endsAt.toISOString()).toBe('2027-10-31T05:00:00.000Z'); // 06:00 CET
    });

    it('runs a 24:00 block to local midnight on the day of the change', () => {
      const found = berlin({
        blocks: [{ dayOfWeek: 7, startMinute: 23 * H, endMinute: 24 * H }],
        from: new Date('2027-10-31T00:00+02:00'),
        to: new Date('2027-11-01T00:00+01:00'),
      });
      expect(starts(found)).toEqual(['2027-10-31T22:00:00.000Z', '2027-10-31T22:30:00.000Z']);
      expect(found[1].endsAt.toISOString()).toBe('2027-10-31T23:00:00.000Z');
    });
  });

  it('offers nothing for an unknown time zone', () => {
    expect(slots({ timezone: 'Not/AZone' })).toEqual([]);
  });

  it('offers nothing for an empty range', () => {
    expect(slots({ from: new Date('2027-03-01T12:00Z'), to: new Date('2027-03-01T12:00Z') })).toEqual([]);
  });

  it('only ever offers slots the booking check accepts, on the grid, free, in range and not past', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'];
    const block = fc
      .record({
        dayOfWeek: fc.integer({ min: 1, max: 7 }),
        start: fc.integer({ min: 0, max: 287 }),
        length: fc.integer({ min: 1, max: 96 }),
      })
      .map(({ dayOfWeek, start, length }) => ({
        dayOfWeek,
        startMinute: start * 5,
        endMinute: Math.min(24 * H, start * 5 + length * 5),
      }));
    // Ranges around both 2027 European changes and a plain week; busy intervals on the 5-minute grid from there.
    const anchor = fc.constantFrom(
      Date.parse('2027-03-26T00:00Z'),
      Date.parse('2027-10-29T00:00Z'),
      Date.parse('2027-06-07T00:00Z'),
    );
    const busyOffset = fc.record({
      offset: fc.integer({ min: 0, max: 4 * 24 * 12 }),
      length: fc.integer({ min: 1, max: 48 }),
    });

    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 8 }).filter((blocks) => scheduleProblems(blocks).length === 0),
        fc.constantFrom(...zones),
        anchor,
        fc.constantFrom(5, 15, 30, 45, 60, 90),
        fc.integer({ min: 0, max: 3 * 24 * 12 }),
        fc.array(busyOffset, { maxLength: 5 }),
        (blocks, timezone, base, durationMinutes, nowOffset, busyOffsets) => {
          const at = (steps: number) => new Date(base + steps * 300_000);
          const busyList = busyOffsets.map(({ offset, length }) => ({
            startsAt: at(offset),
            endsAt: at(offset + length),
          }));
          const from = at(0);
          const to = at(4 * 24 * 12);
          const now = at(nowOffset);
          const found = findFreeSlots({ blocks, timezone, from, to, durationMinutes, busy: busyList, now });
          for (const slot of found) {
            expect(isWithinWorkingHours(blocks, timezone, slot.startsAt, slot.endsAt)).toBe(true);
            expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(durationMinutes * 60_000);
            expect(slot.startsAt.getTime()).toBeGreaterThanOrEqual(Math.max(from.getTime(), now.getTime()));
            expect(slot.startsAt.getTime()).toBeLessThan(to.getTime());
            for (const b of busyList) {
              expect(b.startsAt < slot.endsAt && b.endsAt > slot.startsAt).toBe(false);
            }
            const local = DateTime.fromJSDate(slot.startsAt, { zone: timezone });
            const own = blocks.filter((b) => {
              const interval = blockOn(local.startOf('day'), b);
              return b.dayOfWeek === local.weekday && interval.start <= slot.startsAt.getTime();
            });
            expect(own.some((b) => (local.hour * 60 + local.minute - b.startMinute) % durationMinutes === 0)).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('offers every grid point of every block when nothing is busy and no clock change interferes', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc
              .record({
                dayOfWeek: fc.integer({ min: 1, max: 7 }),
                start: fc.integer({ min: 0, max: 287 }),
                length: fc.integer({ min: 1, max: 96 }),
              })
              .map(({ dayOfWeek, start, length }) => ({
                dayOfWeek,
                startMinute: start * 5,
                endMinute: Math.min(24 * H, start * 5 + length * 5),
              })),
            { maxLength: 8 },
          )
          .filter((blocks) => scheduleProblems(blocks).length === 0),
        fc.constantFrom(5, 15, 30, 45, 60, 90),
        (blocks, durationMinutes) => {
          // One whole UTC week (2027-03-01 is a Monday): each block appears once.
          const found = slots({
            blocks,
            durationMinutes,
            from: new Date('2027-03-01T00:00Z'),
            to: new Date('2027-03-08T00:00Z'),
          });
          const expected = blocks.reduce(
            (sum, b) => sum + Math.floor((b.endMinute - b.startMinute) / durationMinutes),
            0,
          );
          expect(found).toHaveLength(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  describe('the kept grid (whole days, served again to later requests)', () => {
    const week = { from: new Date('2027-03-01T00:00Z'), to: new Date('2027-03-08T00:00Z') };

    // Weeks around daylight-saving changes (Europe and North America in March, Lord Howe's half hour in April), and
    // zones far from UTC or off the hour, so a local day spans two UTC days and the kept whole UTC days cut it.
    const weeks = ['2027-03-08T00:00Z', '2027-03-25T00:00Z', '2027-04-01T00:00Z', '2027-10-28T00:00Z'];
    const zones = [
      'UTC',
      'Europe/Berlin',
      'America/New_York',
      'America/St_Johns',
      'Pacific/Kiritimati',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ];
    const hours = [
      weekdays(9 * H, 17 * H),
      weekdays(0, 24 * H),
      [
        { dayOfWeek: 7, startMinute: 60, endMinute: 200 },
        { dayOfWeek: 1, startMinute: 1400, endMinute: 1440 },
      ],
    ];

    it('answers any part of a week, at any now, as the grid computed afresh', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...weeks),
          fc.constantFrom(...zones),
          fc.constantFrom(...hours),
          fc.constantFrom(15, 30, 45),
          fc.array(fc.integer({ min: 0, max: 8 * 24 * 60 }), { minLength: 3, maxLength: 3 }),
          (week, timezone, blocks, durationMinutes, [a, b, c]) => {
            const at = (minute: number) => new Date(new Date(week).getTime() + minute * 60_000);
            const query = {
              blocks,
              timezone,
              durationMinutes,
              from: at(Math.min(a, b)),
              to: at(Math.max(a, b)),
              now: at(c),
            };
            expect(slotGrid(query)).toEqual(computeSlotGrid(query));
            // Asked again (now from the kept grid), the same.
            expect(slotGrid(query)).toEqual(computeSlotGrid(query));
          },
        ),
        { numRuns: 400 },
      );
    });

    it('hands out copies: changing an answer does not change the next one', () => {
      const query = { blocks: weekdays(9 * H, 17 * H), timezone: 'UTC', durationMinutes: 30, ...week, now: LONG_AGO };
      const first = slotGrid(query);
      const length = first.length;
      first.splice(0, first.length);
      expect(slotGrid(query)).toHaveLength(length);
      expect(length).toBe(5 * 16);
    });
  });
});
