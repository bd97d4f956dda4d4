import { DateTime } from 'luxon';
import { occurrenceStarts } from './series-occurrences';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const local = (dates: Date[], zone: string) =>
  dates.map((d) => DateTime.fromJSDate(d, { zone }).toFormat("yyyy-MM-dd'T'HH:mm"));

describe('occurrenceStarts', () => {
  it('counts daily and weekly occurrences by interval, the first being the start itself', () => {
    const start = new Date('2027-01-04T09:00:00Z');
    expect(iso(occurrenceStarts(start, 'UTC', { frequency: 'daily', interval: 1, count: 3 }))).toEqual([
      '2027-01-04T09:00:00.000Z',
      '2027-01-05T09:00:00.000Z',
      '2027-01-06T09:00:00.000Z',
    ]);
    expect(iso(occurrenceStarts(start, 'UTC', { frequency: 'daily', interval: 3, count: 2 }))).toEqual([
      '2027-01-04T09:00:00.000Z',
      '2027-01-07T09:00:00.000Z',
    ]);
    expect(iso(occurrenceStarts(start, 'UTC', { frequency: 'weekly', interval: 2, count: 4 }))).toEqual([
      '2027-01-04T09:00:00.000Z',
      '2027-01-18T09:00:00.000Z',
      '2027-02-01T09:00:00.000Z',
      '2027-02-15T09:00:00.000Z',
    ]);
    expect(occurrenceStarts(start, 'UTC', { frequency: 'weekly', interval: 4, count: 26 })).toHaveLength(26);
  });

  it('keeps 09:00 in Europe/Berlin across the spring change (UTC moves an hour earlier)', () => {
    const start = new Date('2027-03-22T08:00:00Z'); // Monday 09:00 CET
    const starts = occurrenceStarts(start, 'Europe/Berlin', { frequency: 'weekly', interval: 1, count: 3 });
    expect(local(starts, 'Europe/Berlin')).toEqual(['2027-03-22T09:00', '2027-03-29T09:00', '2027-04-05T09:00']);
    expect(iso(starts)).toEqual(['2027-03-22T08:00:00.000Z', '2027-03-29T07:00:00.000Z', '2027-04-05T07:00:00.000Z']);
  });

  it('keeps 09:00 in Europe/Berlin across the autumn change (UTC moves an hour later)', () => {
    const start = new Date('2027-10-29T07:00:00Z'); // Friday 09:00 CEST
    const starts = occurrenceStarts(start, 'Europe/Berlin', { frequency: 'daily', interval: 1, count: 4 });
    expect(local(starts, 'Europe/Berlin')).toEqual([
      '2027-10-29T09:00',
      '2027-10-30T09:00',
      '2027-10-31T09:00',
      '2027-11-01T09:00',
    ]);
    expect(iso(starts).slice(1, 3)).toEqual(['2027-10-30T07:00:00.000Z', '2027-10-31T08:00:00.000Z']);
  });

  it('keeps 10:00 in America/New_York across both changes', () => {
    const spring = occurrenceStarts(new Date('2027-03-13T15:00:00Z'), 'America/New_York', {
      frequency: 'daily',
      interval: 1,
      count: 2,
    });
    expect(local(spring, 'America/New_York')).toEqual(['2027-03-13T10:00', '2027-03-14T10:00']);
    expect(iso(spring)).toEqual(['2027-03-13T15:00:00.000Z', '2027-03-14T14:00:00.000Z']);
    const autumn = occurrenceStarts(new Date('2027-11-01T14:00:00Z'), 'America/New_York', {
      frequency: 'weekly',
      interval: 1,
      count: 2,
    });
    expect(local(autumn, 'America/New_York')).toEqual(['2027-11-01T10:00', '2027-11-08T10:00']);
    expect(iso(autumn)).toEqual(['2027-11-01T14:00:00.000Z', '2027-11-08T15:00:00.000Z']);
  });

  it('moves a wall time the spring-forward night skips forward by the gap, and only that occurrence', () => {
    const start = new Date('2027-03-27T01:30:00Z'); // Saturday 02:30 CET; Sunday 02:30 does not exist in Berlin
    const starts = occurrenceStarts(start, 'Europe/Berlin', { frequency: 'daily', interval: 1, count: 3 });
    expect(local(starts, 'Europe/Berlin')).toEqual(['2027-03-27T02:30', '2027-03-28T03:30', '2027-03-29T02:30']);
    expect(iso(starts)).toEqual(['2027-03-27T01:30:00.000Z', '2027-03-28T01:30:00.000Z', '2027-03-29T00:30:00.000Z']);
    const ny = occurrenceStarts(new Date('2027-03-13T07:30:00Z'), 'America/New_York', {
      frequency: 'daily',
      interval: 1,
      count: 2,
    });
    expect(local(ny, 'America/New_York')).toEqual(['2027-03-13T02:30', '2027-03-14T03:30']);
  });

  it('takes the earlier instant of a wall time the fall-back night has twice, whatever side the series starts on', () => {
    // From summer time: 01:30 on 7 Nov 2027 in New York is 05:30Z (EDT) or 06:30Z (EST).
    const fromSummer = occurrenceStarts(new Date('2027-11-06T05:30:00Z'), 'America/New_York', {
      frequency: 'daily',
      interval: 1,
      count: 2,
    });
    expect(iso(fromSummer)).toEqual(['2027-11-06T05:30:00.000Z', '2027-11-07T05:30:00.000Z']);
    // From winter time, 44 weeks later: 02:30 on 31 Oct 2027 in Berlin is 00:30Z (CEST), not 01:30Z.
    const fromWinter = occurrenceStarts(new Date('2026-12-27T01:30:00Z'), 'Europe/Berlin', {
      frequency: 'weekly',
      interval: 4,
      count: 26,
    });
    const onChange = fromWinter.find((d) => d.toISOString().startsWith('2027-10-31'));
    expect(onChange?.toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });
});
