import { APPOINTMENT_STATUSES, MEDICAL_RECORD_STATUSES, ROLES } from '@app/contracts';
import fc from 'fast-check';
import { BLOOD_TYPES, GENDERS } from '@app/contracts';
import { dateOfBirth, icd10, nextUnique, phone, text, TIMEZONES, type Json } from './fuzz';

/** Valid request bodies, one arbitrary per DTO, at every size the DTO allows (so caps meet the database). */

const orNull = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

export const email: fc.Arbitrary<string> = fc
  .stringMatching(/^[A-Za-z0-9]{1,30}$/)
  .map((local) => `${local}.${nextUnique()}@Example.test`);

export const password: fc.Arbitrary<string> = fc.string({ unit: 'grapheme-ascii', minLength: 8, maxLength: 72 });

export const patientProfile = fc.record(
  {
    dateOfBirth: orNull(dateOfBirth),
    gender: orNull(fc.constantFrom(...GENDERS)),
    bloodType: orNull(fc.constantFrom(...BLOOD_TYPES)),
    allergies: orNull(fc.array(text(1, 200), { maxLength: 50 })),
    address: orNull(text(1, 500)),
    emergencyContact: orNull(
      fc.record({ name: text(1, 200), phone, relationship: text(1, 100) }, { requiredKeys: ['name', 'phone'] }),
    ),
  },
  { requiredKeys: [] },
);

const licenseNumber = fc.stringMatching(/^[A-Z0-9-]{0,30}$/).map((suffix) => `LIC${nextUnique()}-${suffix}`);

export const doctorProfile = fc.record(
  {
    specialization: text(2, 100),
    licenseNumber,
    yearsOfExperience: fc.integer({ min: 0, max: 80 }),
    bio: text(0, 2000),
    timezone: fc.constantFrom(...TIMEZONES),
  },
  { requiredKeys: ['specialization', 'licenseNumber'] },
);

export const registration: fc.Arbitrary<Json> = fc.oneof(
  fc.record(
    { email, password, fullName: text(1, 200), role: fc.constant('patient'), phone, patient: patientProfile },
    { requiredKeys: ['email', 'password', 'fullName', 'role'] },
  ),
  fc.record(
    { email, password, fullName: text(1, 200), role: fc.constant('doctor'), phone, doctor: doctorProfile },
    { requiredKeys: ['email', 'password', 'fullName', 'role', 'doctor'] },
  ),
);

export const userChanges = fc.record({ fullName: text(1, 200), phone: orNull(phone) }, { requiredKeys: [] });

export const patientChanges = fc.tuple(patientProfile, userChanges).map(([profile, user]) => ({ ...profile, ...user }));

const recordFields = {
  diagnosis: text(1, 2000),
  icd10Code: orNull(
    fc.oneof(
      icd10,
      icd10.map((code) => ` ${code.toLowerCase()} `),
    ),
  ),
  notes: orNull(text(1, 10000)),
  prescriptions: fc.array(text(1, 500), { maxLength: 50 }),
  status: fc.constantFrom(...MEDICAL_RECORD_STATUSES),
};

/** `$appointment` stands for an appointment of the patient with the author. */
export const newRecord = fc.record(
  { ...recordFields, appointmentId: fc.constant('$appointment') },
  { requiredKeys: ['diagnosis'] },
);

export const recordChanges = fc.record(recordFields, { requiredKeys: [] });

const notificationData = fc.dictionary(
  fc.stringMatching(/^[a-z]{1,10}$/),
  fc.oneof(text(0, 50), fc.integer(), fc.boolean(), fc.constant(null)),
  { maxKeys: 8 },
);

/** `$user` stands for the recipient's user id. */
export const message = fc.record(
  { userId: fc.constant('$user'), title: text(1, 200), body: text(1, 2000), data: notificationData },
  { requiredKeys: ['userId', 'title', 'body'] },
);

export const broadcast = fc.record(
  { title: text(1, 200), body: text(1, 2000), role: fc.constantFrom(...ROLES) },
  { requiredKeys: ['title', 'body'] },
);

export const doctorChanges = fc.record(
  {
    specialization: text(2, 100),
    yearsOfExperience: orNull(fc.integer({ min: 0, max: 80 })),
    bio: orNull(text(0, 2000)),
    timezone: fc.constantFrom(...TIMEZONES),
    fullName: text(1, 200),
    phone: orNull(phone),
  },
  { requiredKeys: [] },
);

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** A week of blocks that never overlap within a day: sorted distinct minute marks of a day, paired up. */
export const weeklyHours: fc.Arbitrary<Json> = fc
  .array(
    fc.tuple(
      fc.integer({ min: 1, max: 7 }),
      fc.uniqueArray(fc.integer({ min: 0, max: 24 * 12 }), { minLength: 2, maxLength: 6 }),
    ),
    { maxLength: 7 },
  )
  .map((days) => {
    const seen = new Set<number>();
    const blocks: Json[] = [];
    for (const [day, marks] of days) {
      if (seen.has(day)) {
        continue;
      }
      seen.add(day);
      const sorted = marks.map((m) => m * 5).sort((a, b) => a - b);
      for (let i = 0; i + 1 < sorted.length; i += 2) {
        blocks.push({ dayOfWeek: day, startTime: hhmm(sorted[i]), endTime: hhmm(sorted[i + 1]) });
      }
    }
    return { weeklyHours: blocks };
  });

const DAY_MS = 24 * 60 * 60 * 1000;

/** Time off in the coming year, at most 366 days long, with an offset. */
export const timeOff: fc.Arbitrary<Json> = fc
  .record(
    {
      startDay: fc.integer({ min: 1, max: 365 }),
      startMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
      lengthMinutes: fc.integer({ min: 1, max: 366 * 24 * 60 }),
      offset: fc.constantFrom('Z', '+02:00', '-05:30', '+14:00'),
      reason: text(1, 500),
      withReason: fc.boolean(),
    },
    { requiredKeys: ['startDay', 'startMinute', 'lengthMinutes', 'offset', 'reason', 'withReason'] },
  )
  .map(({ startDay, startMinute, lengthMinutes, offset, reason, withReason }) => {
    const start = Date.now() + startDay * DAY_MS + startMinute * 60_000;
    const body: Record<string, Json> = {
      startsAt: withOffset(new Date(start), offset),
      endsAt: withOffset(new Date(start + lengthMinutes * 60_000), offset),
    };
    if (withReason) {
      body.reason = reason;
    }
    return body;
  });

/** The same instant written with another offset (`+02:00` means wall clock two hours ahead of UTC). */
export function withOffset(instant: Date, offset: string): string {
  if (offset === 'Z') {
    return instant.toISOString();
  }
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  const shifted = new Date(instant.getTime() + sign * (hours * 60 + minutes) * 60_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, offset);
}

export const doctorStatus = fc.record({ status: fc.constantFrom('online', 'busy') });

export const statusChange = fc.record(
  { status: fc.constantFrom(...APPOINTMENT_STATUSES), reason: text(1, 1000) },
  { requiredKeys: ['status'] },
);
