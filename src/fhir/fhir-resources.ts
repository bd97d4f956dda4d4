import { createHash } from 'node:crypto';
import type { Appointment, Doctor, DoctorSchedule, FreeSlot, Patient } from '@app/contracts';
import type {
  Appointment as FhirAppointment,
  Bundle,
  BundleLink,
  ContactPoint,
  Patient as FhirPatient,
  Practitioner,
  Resource,
  Schedule,
  Slot,
} from '@medplum/fhirtypes';
import { FHIR_APPOINTMENT_STATUS } from './fhir-search';

/**
 * Our records as FHIR R4 resources (pure functions). Ids are ours; references are relative (`Patient/<id>`). Only
 * what R4 has a place for is mapped: a patient's blood type and allergies are other resources in FHIR and are left
 * out, as is everything an `Appointment` of ours says about its cancellation beyond the reason.
 */

const DAY_NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** FHIR's `instant`: seconds, and milliseconds only when there are some. */
const instant = (iso: string) => iso.replace('.000Z', 'Z');

export function toFhirAppointment(a: Appointment): FhirAppointment {
  return {
    resourceType: 'Appointment',
    id: a.id,
    meta: { lastUpdated: instant(a.updatedAt) },
    status: FHIR_APPOINTMENT_STATUS[a.status],
    ...(a.cancellationReason ? { cancelationReason: { text: a.cancellationReason } } : {}),
    ...(a.reason ? { description: a.reason } : {}),
    start: instant(a.startsAt),
    end: instant(a.endsAt),
    minutesDuration: a.durationMinutes,
    created: instant(a.createdAt),
    ...(a.notes ? { comment: a.notes } : {}),
    participant: [
      {
        actor: { reference: `Patient/${a.patientId}`, display: a.patient.fullName },
        required: 'required',
        status: 'accepted',
      },
      {
        actor: { reference: `Practitioner/${a.doctorId}`, display: a.doctor.fullName },
        required: 'required',
        // A pending appointment waits for the doctor's confirmation.
        status: a.status === 'pending' ? 'needs-action' : 'accepted',
      },
    ],
  };
}

function telecomOf(email: string, phone: string | null): ContactPoint[] {
  return [{ system: 'email', value: email }, ...(phone ? [{ system: 'phone' as const, value: phone }] : [])];
}

export function toFhirPatient(p: Patient): FhirPatient {
  return {
    resourceType: 'Patient',
    id: p.id,
    meta: { lastUpdated: instant(p.updatedAt) },
    active: true,
    name: [{ text: p.fullName }],
    telecom: telecomOf(p.email, p.phone),
    ...(p.gender ? { gender: p.gender } : {}),
    ...(p.dateOfBirth ? { birthDate: p.dateOfBirth } : {}),
    ...(p.address ? { address: [{ text: p.address }] } : {}),
    ...(p.emergencyContact
      ? {
          contact: [
            {
              name: { text: p.emergencyContact.name },
              telecom: [{ system: 'phone', value: p.emergencyContact.phone }],
              ...(p.emergencyContact.relationship ? { relationship: [{ text: p.emergencyContact.relationship }] } : {}),
            },
          ],
        }
      : {}),
  };
}

export function toFhirPractitioner(d: Doctor): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: d.id,
    meta: { lastUpdated: instant(d.updatedAt) },
    active: true,
    name: [{ text: d.fullName, prefix: ['Dr'] }],
    telecom: telecomOf(d.email, d.phone),
    qualification: [{ identifier: [{ value: d.licenseNumber }], code: { text: d.specialization } }],
  };
}

/** One Schedule per doctor, with the doctor's id: the weekly hours in words, on the doctor's wall clock. */
export function toFhirSchedule(doctor: Doctor, schedule: DoctorSchedule): Schedule {
  const hours = schedule.weeklyHours
    .map((block) => `${DAY_NAMES[block.dayOfWeek]} ${block.startTime}–${block.endTime}`)
    .join(', ');
  return {
    resourceType: 'Schedule',
    id: doctor.id,
    active: true,
    specialty: [{ text: doctor.specialization }],
    actor: [{ reference: `Practitioner/${doctor.id}`, display: doctor.fullName }],
    comment: `Weekly hours (${schedule.timezone}): ${hours || 'none'}`,
  };
}

/**
 * A slot's id: a name-based UUID (version 5 layout) of doctor, start and length, so the same free time keeps the same
 * id between searches, and an id is a UUID like all of ours.
 */
export function slotIdOf(doctorId: string, startsAt: string, durationMinutes: number): string {
  const hash = createHash('sha1').update(`slot:${doctorId}:${startsAt}:${durationMinutes}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function toFhirSlot(doctorId: string, durationMinutes: number, slot: FreeSlot): Slot {
  return {
    resourceType: 'Slot',
    id: slotIdOf(doctorId, slot.startsAt, durationMinutes),
    schedule: { reference: `Schedule/${doctorId}` },
    status: 'free',
    start: instant(slot.startsAt),
    end: instant(slot.endsAt),
  };
}

/** A page of a search: the matches, how many there are in all, and where the page starts. */
export interface SearchPage<T extends Resource> {
  resources: T[];
  total: number;
  offset: number;
  count: number;
}

/**
 * A `searchset` Bundle. `searchUrl` is the search as asked without its paging; `base` is the server's base URL
 * (`…/api/v1/fhir/R4`), from which entries get their `fullUrl`.
 */
export function searchsetBundle<T extends Resource>(page: SearchPage<T>, base: string, searchUrl: URL): Bundle<T> {
  const pageUrl = (offset: number) => {
    const url = new URL(searchUrl);
    url.searchParams.set('_count', String(page.count));
    url.searchParams.set('_offset', String(offset));
    return url.toString();
  };
  const link: BundleLink[] = [{ relation: 'self', url: pageUrl(page.offset) }];
  if (page.offset + page.resources.length < page.total) {
    link.push({ relation: 'next', url: pageUrl(page.offset + page.count) });
  }
  if (page.offset > 0) {
    link.push({ relation: 'previous', url: pageUrl(Math.max(0, page.offset - page.count)) });
  }
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: page.total,
    link,
    entry: page.resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id ?? ''}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}
