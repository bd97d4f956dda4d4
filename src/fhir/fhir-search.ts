import { APPOINTMENT_STATUSES, type AppointmentStatus } from '@app/contracts';
import type { Appointment as FhirAppointment } from '@medplum/fhirtypes';
import { ValidationError } from '../common/errors/app-error';

type FhirAppointmentStatus = FhirAppointment['status'];

/** Our appointment statuses as FHIR R4 `Appointment.status` codes: the contract's table, one place. */
export const FHIR_APPOINTMENT_STATUS: Record<AppointmentStatus, FhirAppointmentStatus> = {
  pending: 'pending',
  confirmed: 'booked',
  in_progress: 'arrived',
  completed: 'fulfilled',
  cancelled: 'cancelled',
  no_show: 'noshow',
};

/** Every R4 `Appointment.status` code; the ones we never use match nothing. */
export const FHIR_APPOINTMENT_STATUSES: readonly FhirAppointmentStatus[] = [
  'proposed',
  'pending',
  'booked',
  'arrived',
  'fulfilled',
  'cancelled',
  'noshow',
  'entered-in-error',
  'checked-in',
  'waitlist',
];

/** Every R4 `Slot.status` code; we publish `free` slots only. */
export const FHIR_SLOT_STATUSES = ['busy', 'free', 'busy-unavailable', 'busy-tentative', 'entered-in-error'] as const;

/** A half-open range of instants; either end may be open. Empty when `from >= to`. */
export interface InstantRange {
  from?: Date;
  to?: Date;
}

const invalid = (field: string, message: string) => new ValidationError([{ field, message }], message);

/**
 * A FHIR `dateTime` search value (`2026-12-07`, `2026-12`, `2026-12-07T09:30:00Z`) with its optional prefix. The
 * value stands for the whole range its precision covers: a day, a month, a second.
 */
const DATE_PARAM =
  /^(eq|ne|gt|lt|ge|le|sa|eb|ap)?(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const SUPPORTED_PREFIXES = ['eq', 'gt', 'lt', 'ge', 'le'];

/** The range `[lo, hi)` a search value's precision covers. Values without a time are read in UTC. */
function precisionRange(match: RegExpExecArray, field: string, raw: string): [Date, Date] {
  const [, , year, month, day, hour, minute, second, fraction, zone] = match;
  if (hour !== undefined && zone === undefined) {
    throw invalid(field, `${field} ${raw}: a time needs a zone (Z or ±hh:mm)`);
  }
  const y = Number(year);
  const m = month === undefined ? 0 : Number(month) - 1;
  const d = day === undefined ? 1 : Number(day);
  if (hour === undefined) {
    const lo = new Date(Date.UTC(y, m, d));
    if (lo.getUTCFullYear() !== y || lo.getUTCMonth() !== m || lo.getUTCDate() !== d) {
      throw invalid(field, `${field} ${raw}: not a calendar date`);
    }
    const hi =
      month === undefined
        ? new Date(Date.UTC(y + 1, 0, 1))
        : day === undefined
          ? new Date(Date.UTC(y, m + 1, 1))
          : new Date(Date.UTC(y, m, d + 1));
    return [lo, hi];
  }
  const text = `${year}-${month}-${day}T${hour}:${minute}:${second ?? '00'}${fraction ?? ''}${zone}`;
  const lo = new Date(text);
  if (Number.isNaN(lo.getTime()) || Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) {
    throw invalid(field, `${field} ${raw}: not a valid instant`);
  }
  const step = fraction !== undefined ? 1 : second !== undefined ? 1000 : 60_000;
  return [lo, new Date(lo.getTime() + step)];
}

/**
 * The instants a list of FHIR date search values (`ge2026-12-01&le2026-12-31`, ANDed) allows, as one half-open range
 * on a single instant (an appointment's or a slot's start), by the R4 rules for prefixes against a point:
 * `eq` within the value's range, `ge` from its start, `gt` from its end, `le` before its end, `lt` before its start.
 * `ne`, `sa`, `eb` and `ap` are refused (400).
 */
export function instantRangeOf(values: readonly string[], field: string): InstantRange {
  const range: InstantRange = {};
  const atLeast = (at: Date) => {
    range.from = range.from && range.from > at ? range.from : at;
  };
  const below = (at: Date) => {
    range.to = range.to && range.to < at ? range.to : at;
  };
  for (const raw of values) {
    const match = DATE_PARAM.exec(raw);
    if (!match) {
      throw invalid(field, `${field} ${raw}: expected [eq|gt|lt|ge|le]YYYY[-MM[-DD[Thh:mm[:ss[.sss]]±zone]]]`);
    }
    const prefix = match[1] ?? 'eq';
    if (!SUPPORTED_PREFIXES.includes(prefix)) {
      throw invalid(field, `${field} ${raw}: the prefix ${prefix} is not supported (eq, gt, lt, ge, le)`);
    }
    const [lo, hi] = precisionRange(match, field, raw);
    switch (prefix) {
      case 'eq':
        atLeast(lo);
        below(hi);
        break;
      case 'ge':
        atLeast(lo);
        break;
      case 'gt':
        atLeast(hi);
        break;
      case 'le':
        below(hi);
        break;
      default:
        below(lo);
    }
  }
  return range;
}

/** Nothing can match the range. */
export function isEmptyRange(range: InstantRange): boolean {
  return range.from !== undefined && range.to !== undefined && range.from >= range.to;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `Patient/<id>` or a bare `<id>` for a reference parameter of the given type: the id, or 400. */
export function referencedId(value: string, type: string, field: string): string {
  const id = value.startsWith(`${type}/`) ? value.slice(type.length + 1) : value;
  if (!UUID.test(id)) {
    throw invalid(field, `${field} must be ${type}/<id> (a UUID)`);
  }
  return id.toLowerCase();
}

/** FHIR appointment status codes (comma-separated: any of them) as ours; codes we never use match nothing. */
export function statusesOf(codes: readonly string[]): AppointmentStatus[] {
  const known = new Set<string>(FHIR_APPOINTMENT_STATUSES);
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw invalid('status', `status ${unknown.join(', ')}: not an R4 Appointment.status code`);
  }
  return APPOINTMENT_STATUSES.filter((status) => codes.includes(FHIR_APPOINTMENT_STATUS[status]));
}
