import { DateTime } from 'luxon';
import { zoneOf } from './zones';

/**
 * English locales tried, in order, for a zone's short name. Intl names a zone by letters only where a locale uses
 * them (`en-US` says EST but GMT+1 for Berlin, `en-GB` says CET, `en-IN` says IST): the first alphabetic name wins,
 * else the numeric `GMT+9` form, which is never wrong.
 */
const NAMING_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-ZA'] as const;
const NUMERIC = /^(GMT|UTC)[+\-−]/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function shortZoneName(zone: string, instant: Date, locale: string): string | undefined {
  const key = `${locale} ${zone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    formatters.set(key, formatter);
  }
  return formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
}

/**
 * Abbreviations by zone and quarter hour: a zone's name changes only with its offset, and offsets change at a local
 * time on the hour, which is a quarter hour of UTC in every zone (offsets are multiples of 15 minutes). Asking
 * Intl through up to five locales was 3% of a booking's CPU (its notification texts); bounded, cleared when full.
 */
const abbreviations = new Map<string, string>();
const QUARTER_HOUR_MS = 900_000;
const MAX_CACHED = 10_000;

/** The short name of `zone` at `instant`: `IST`, `CET`/`CEST`, `EST`/`EDT`, `UTC`, or `GMT+9` where none exists. */
export function zoneAbbreviation(zone: string, instant: Date): string {
  const key = `${zone} ${Math.floor(instant.getTime() / QUARTER_HOUR_MS)}`;
  let name = abbreviations.get(key);
  if (name === undefined) {
    name = lookUpAbbreviation(zone, instant);
    if (abbreviations.size >= MAX_CACHED) {
      abbreviations.clear();
    }
    abbreviations.set(key, name);
  }
  return name;
}

function lookUpAbbreviation(zone: string, instant: Date): string {
  let numeric: string | undefined;
  for (const locale of NAMING_LOCALES) {
    const name = shortZoneName(zone, instant, locale);
    if (name && !NUMERIC.test(name)) {
      return name;
    }
    numeric ??= name;
  }
  return numeric ?? zone;
}

/** `Mon 7 Dec 2026` by local date (year·10⁴ + month·100 + day), as Luxon writes it in `en-GB`; bounded. */
const dayTexts = new Map<number, string>();

function dayText(year: number, month: number, day: number): string {
  const key = year * 10_000 + month * 100 + day;
  let text = dayTexts.get(key);
  if (text === undefined) {
    text = DateTime.utc(year, month, day).toFormat('ccc d LLL yyyy', { locale: 'en-GB' });
    if (dayTexts.size >= MAX_CACHED) {
      dayTexts.clear();
    }
    dayTexts.set(key, text);
  }
  return text;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * An instant as people in `zone` read it, with the zone's abbreviation: `Mon 7 Dec 2026, 15:30 IST`. Texts that
 * people read (notifications, reminders) give times on the doctor's wall clock, never bare UTC. The date's words
 * come from Luxon once per local date (its `en-GB` weekday and month names go through Intl for every token, about
 * 15 µs a text), the clock is two padded numbers, and the zone's offsets are remembered per hour (`zoneOf`). The
 * local fields are the instant shifted by the zone's offset, read as UTC: what Luxon's `fromJSDate` computes, without
 * building a `DateTime` for every text (a booking writes two).
 */
export function formatInZone(instant: Date | string, zone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const luxonZone = zoneOf(zone);
  const ms = date.getTime();
  const offset = luxonZone.isValid && !Number.isNaN(ms) ? luxonZone.offset(ms) : Number.NaN;
  if (Number.isNaN(offset)) {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
  const local = new Date(ms + offset * 60_000);
  const day = dayText(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
  return `${day}, ${twoDigits(local.getUTCHours())}:${twoDigits(local.getUTCMinutes())} ${zoneAbbreviation(zone, date)}`;
}
