import { IANAZone, Info, type Zone } from 'luxon';

const HOUR_MS = 3_600_000;
/** Hours remembered per zone before its table starts over (a year of hours is 8,760). */
const MAX_HOURS_PER_ZONE = 20_000;

/**
 * An IANA zone whose offsets are remembered per hour of UTC. Luxon asks Intl for the offset (`formatToParts`) at every
 * step of its arithmetic (`fromJSDate`, `startOf`, `set`, `plus`): about nine times for one working-hours check, which
 * was ~70 µs, a few percent of a booking's CPU. An hour is remembered only when the offset at its first and its last
 * second agree, so an hour with a change in it (at any minute: Lord Howe changes at half past) is asked every time.
 * The same zone to Luxon in every other respect (`type` `iana`, the same name, `equals` the plain one).
 */
class HourlyOffsetZone extends IANAZone {
  private readonly hours = new Map<number, number>();

  override offset(ts: number): number {
    const hour = Math.floor(ts / HOUR_MS);
    const known = this.hours.get(hour);
    if (known !== undefined) {
      return known;
    }
    const offset = super.offset(ts);
    if (Number.isNaN(offset)) {
      return offset;
    }
    const first = hour * HOUR_MS;
    if (super.offset(first) === offset && super.offset(first + HOUR_MS - 1000) === offset) {
      if (this.hours.size >= MAX_HOURS_PER_ZONE) {
        this.hours.clear();
      }
      this.hours.set(hour, offset);
    }
    return offset;
  }
}

const zones = new Map<string, Zone>();
/** Distinct zone names kept; anything past it (only garbage names could get there) is not remembered. */
const MAX_ZONES = 1_000;

/**
 * The Luxon zone for a zone name as Luxon itself reads it (`UTC` a fixed zone, an IANA name an IANA zone, an unknown
 * name an invalid zone), IANA zones with their offsets remembered per hour: pass it as `{ zone }` wherever a doctor's
 * zone name would go.
 */
export function zoneOf(name: string): Zone {
  let zone = zones.get(name);
  if (zone === undefined) {
    const normal = Info.normalizeZone(name);
    zone = normal instanceof IANAZone && normal.isValid ? new HourlyOffsetZone(normal.name) : normal;
    if (zones.size < MAX_ZONES) {
      zones.set(name, zone);
    }
  }
  return zone;
}
