import { DateTime, FixedOffsetZone } from 'luxon';
import { zoneOf } from './zones';

describe('zoneOf', () => {
  it('reads a name as Luxon does: UTC fixed, an unknown name invalid, an IANA name by its name', () => {
    expect(zoneOf('UTC')).toBe(FixedOffsetZone.utcInstance);
    expect(zoneOf('Not/AZone').isValid).toBe(false);
    expect(zoneOf('Europe/Berlin').type).toBe('iana');
    expect(zoneOf('Europe/Berlin').name).toBe('Europe/Berlin');
    expect(zoneOf('Europe/Berlin')).toBe(zoneOf('Europe/Berlin'));
  });

  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham'])(
    'gives the same offsets as the plain zone in %s, across its changes, minute by minute around them',
    (name) => {
      const zone = zoneOf(name);
      const from = Date.parse('2026-01-01T00:00:00Z');
      // Twice over: the second pass answers from the remembered hours.
      for (let pass = 0; pass < 2; pass += 1) {
        for (let ts = from; ts < from + 366 * 86_400_000; ts += 7 * 60_000 * 11) {
          const plain = DateTime.fromMillis(ts, { zone: name });
          const cached = DateTime.fromMillis(ts, { zone });
          expect(cached.offset).toBe(plain.offset);
        }
      }
    },
  );

  it('keeps the half-hour change of Lord Howe at its minute (an hour with a change is not remembered)', () => {
    // 2026-04-05 02:00 local (+11:00) falls back to 01:30 (+10:30): 15:00 UTC the day before.
    const zone = zoneOf('Australia/Lord_Howe');
    for (let minute = -90; minute <= 90; minute += 1) {
      const ts = Date.parse('2026-04-04T15:00:00Z') + minute * 60_000;
      expect(zone.offset(ts)).toBe(DateTime.fromMillis(ts, { zone: 'Australia/Lord_Howe' }).offset);
    }
  });
});
