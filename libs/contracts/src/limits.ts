import { MAX_WEEKLY_BLOCKS } from './doctors';
import { MAX_PAGE_LIMIT } from './pagination';

/**
 * How long (or how big) each input field may be: the one statement of the limits, read by the DTOs' validators, their
 * OpenAPI documentation, the services and the tests. Entries are named by the field as the API calls it; where one
 * field name has different limits in different places, each place has its own entry (`specialization` of a profile,
 * `specializationFilter` of a query).
 *
 * `min`/`max` bound a string's length in characters (or an integer's value), `length` is an exact length, `maxBytes`
 * a UTF-8 size, `maxItems` an array's length (its items then bounded by `min`/`max`).
 */
export const FIELD_LIMITS = {
  // Accounts.
  email: { max: 254 },
  /** A password being set: bcrypt reads at most 72 bytes, so longer ones would silently share a hash. */
  password: { min: 8, max: 72, maxBytes: 72 },
  /** A password being checked (login, change of password): any stored one fits; far bigger input is refused unhashed. */
  currentPassword: { max: 1024 },
  fullName: { min: 1, max: 200 },
  phone: { min: 3, max: 40 },
  /** Longer than any token issued: a refresh token in a body. */
  refreshToken: { max: 4096 },
  /** Longer than any token issued: an access token in a socket handshake (anything bigger is refused unread). */
  accessToken: { max: 4096 },
  /** Free-text `search` of the user, patient and doctor lists. */
  search: { min: 1, max: 100 },

  // Patients.
  /** `YYYY-MM-DD`. */
  dateOfBirth: { length: 10 },
  allergies: { maxItems: 50, max: 200 },
  address: { max: 500 },
  /** `emergencyContact.name`. */
  emergencyContactName: { min: 1, max: 200 },
  /** `emergencyContact.relationship`. */
  relationship: { max: 100 },

  // Medical records.
  diagnosis: { min: 1, max: 2000 },
  icd10Code: { max: 8 },
  /** A medical record's `notes`. */
  recordNotes: { max: 10_000 },
  prescriptions: { maxItems: 50, min: 1, max: 500 },

  // Doctors.
  /** A doctor's specialization, as registered or edited. */
  specialization: { min: 2, max: 100 },
  /** The `specialization` filter of `GET /doctors` (exact, case-insensitive). */
  specializationFilter: { min: 1, max: 100 },
  licenseNumber: { min: 3, max: 50 },
  yearsOfExperience: { min: 0, max: 80 },
  bio: { max: 2000 },
  /** An IANA time zone name. */
  timezone: { max: 64 },

  // Scheduling.
  /** ISO day of week: 1 = Monday .. 7 = Sunday. */
  dayOfWeek: { min: 1, max: 7 },
  /** `startTime`/`endTime` of weekly hours, `HH:MM`. */
  timeOfDay: { max: 5 },
  weeklyHours: { maxItems: MAX_WEEKLY_BLOCKS },
  /** A time off's `reason`. */
  timeOffReason: { min: 1, max: 500 },

  // Appointments.
  /** An appointment's `reason` (booking, edit) and the `reason` of a status change. */
  reason: { min: 1, max: 1000 },
  /** An appointment's `notes` (its doctor's). */
  appointmentNotes: { min: 1, max: 5000 },

  // Notifications.
  title: { min: 1, max: 200 },
  body: { min: 1, max: 2000 },
  /** A message's free-form `data`, as JSON. */
  data: { maxBytes: 4096 },

  // Lists and headers.
  /** Far past any real list; bigger numbers would overflow the SQL offset (a 500 instead of a 400). */
  page: { min: 1, max: 100_000 },
  limit: { min: 1, max: MAX_PAGE_LIMIT },
  /** The `Idempotency-Key` header. */
  idempotencyKey: { min: 1, max: 255 },
} as const;

export type LimitedField = keyof typeof FIELD_LIMITS;
