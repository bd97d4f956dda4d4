/** Times as people read them: in the viewer's timezone unless a zone is given (a doctor's day is in theirs). */

export const viewerZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, { ...options, timeZone: zone });
    formatters.set(key, format);
  }
  return format;
}

export function formatTime(iso: string | Date, zone: string = viewerZone): string {
  return formatter(zone, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function formatDay(iso: string | Date, zone: string = viewerZone): string {
  return formatter(zone, { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(iso));
}

export function formatDateTime(iso: string | Date, zone: string = viewerZone): string {
  return `${formatDay(iso, zone)}, ${formatTime(iso, zone)}`;
}

/**
 * "Europe/Berlin" → "Berlin" for short labels; fixed-offset zones by their offset ("Etc/GMT-7" is UTC+7: POSIX signs
 * are the other way round, so the name itself would mislead).
 */
export function zoneLabel(zone: string): string {
  if (zone.startsWith('Etc/') || zone === 'UTC') {
    const offset = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value;
    return offset ?? zone;
  }
  return zone.split('/').pop()?.replace(/_/g, ' ') ?? zone;
}

/** `YYYY-MM-DD` of the instant in the zone (to group by day); `en-CA` writes dates in that order. */
export function dayKey(iso: string | Date, zone: string = viewerZone): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );
}

/** The zone's offset from UTC at `instant`, in milliseconds. */
function offsetMs(zone: string, instant: Date): number {
  const parts = formatter(zone, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    value('year'),
    value('month') - 1,
    value('day'),
    value('hour'),
    value('minute'),
    value('second'),
  );
  return asUtc - (instant.getTime() - instant.getMilliseconds());
}

/** The instant the zone's day containing `instant` begins, `days` days later (midnight, DST-correct). */
export function startOfDay(zone: string, instant: Date = new Date(), days = 0): Date {
  const local = new Date(instant.getTime() + offsetMs(zone, instant));
  const midnightAsUtc = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days);
  // Two rounds settle the offset at midnight itself (it may differ from now's across a DST change).
  let guess = midnightAsUtc - offsetMs(zone, new Date(midnightAsUtc));
  guess = midnightAsUtc - offsetMs(zone, new Date(guess));
  return new Date(guess);
}

/** "in 4:59" style countdown text for a number of seconds. */
export function minutesSeconds(seconds: number): string {
  const safe = Math.max(0, Math.floor(seconds));
  return `${Math.floor(safe / 60)}:${String(safe % 60).padStart(2, '0')}`;
}

/** Items grouped by the viewer's days from `from` on (`days` of them, each listed even when it has none), in order. */
export function groupByDay<T extends { startsAt: string }>(
  items: readonly T[],
  from: Date,
  days = 7,
  zone: string = viewerZone,
): [string, T[]][] {
  const byDay = new Map<string, T[]>();
  for (let offset = 0; offset < days; offset += 1) {
    byDay.set(dayKey(startOfDay(zone, from, offset), zone), []);
  }
  for (const item of items) {
    byDay.get(dayKey(item.startsAt, zone))?.push(item);
  }
  return [...byDay.entries()];
}
