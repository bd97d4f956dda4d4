import { DateTime } from 'luxon';
import { formatInZone, zoneAbbreviation } from './zoned-text';

describe('formatInZone', () => {
  it.each([
    // A 10:00 UTC appointment as a doctor in each zone reads it, winter and summer.
    ['2026-12-07T10:00:00Z', 'Asia/Kolkata', 'Mon 7 Dec 2026, 15:30 IST'],
    ['2026-12-07T10:00:00Z', 'Europe/Berlin', 'Mon 7 Dec 2026, 11:00 CET'],
    ['2026-07-07T10:00:00Z', 'Europe/Berlin', 'Tue 7 Jul 2026, 12:00 CEST'],
    ['2026-12-07T10:00:00Z', 'America/New_York', 'Mon 7 Dec 2026, 05:00 EST'],
    ['2026-07-07T10:00:00Z', 'America/New_York', 'Tue 7 Jul 2026, 06:00 EDT'],
    ['2026-07-07T10:00:00Z', 'Europe/London', 'Tue 7 Jul 2026, 11:00 BST'],
    ['2026-12-07T10:00:00Z', 'UTC', 'Mon 7 Dec 2026, 10:00 UTC'],
    ['2026-12-07T10:00:00Z', 'Australia/Sydney', 'Mon 7 Dec 2026, 21:00 AEDT'],
    // No letters for Tokyo in any English locale: the numeric form, never a wrong name.
    ['2026-12-07T10:00:00Z', 'Asia/Tokyo', 'Mon 7 Dec 2026, 19:00 GMT+9'],
    ['2026-12-07T10:00:00Z', 'Asia/Kathmandu', 'Mon 7 Dec 2026, 15:45 GMT+5:45'],
  ])('shows %s in %s as %s', (instant, zone, expected) => {
    expect(formatInZone(instant, zone)).toBe(expected);
  });

  it('crosses the date line with the wall clock (late UTC evening is the next morning in Auckland)', () => {
    expect(formatInZone('2026-12-07T22:00:00Z', 'Pacific/Auckland')).toBe('Tue 8 Dec 2026, 11:00 NZDT');
  });

  it('falls back to UTC for a zone it cannot read, rather than fail a notification', () => {
    expect(formatInZone('2026-12-07T10:00:00Z', 'Not/AZone')).toBe('2026-12-07 10:00 UTC');
  });

  it('names the zone by the season of the instant, not of today', () => {
    expect(zoneAbbreviation('Europe/Berlin', new Date('2026-01-15T12:00:00Z'))).toBe('CET');
    expect(zoneAbbreviation('Europe/Berlin', new Date('2026-06-15T12:00:00Z'))).toBe('CEST');
  });

  it("gives the wall clock Luxon gives, every 37 minutes through a year and over each zone's changes", () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Pacific/Chatham',
      'UTC',
    ];
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (const zone of zones) {
      for (let ms = start; ms < start + 366 * 86_400_000; ms += 37 * 60_000) {
        const instant = new Date(ms);
        const luxon = DateTime.fromJSDate(instant, { zone }).toFormat('ccc d LLL yyyy, HH:mm', { locale: 'en-GB' });
        expect(formatInZone(instant, zone)).toBe(`${luxon} ${zoneAbbreviation(zone, instant)}`);
      }
    }
  });
});
