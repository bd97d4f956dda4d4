export const DOCTOR_STATUSES = ['online', 'busy', 'offline'] as const;
export type DoctorStatus = (typeof DOCTOR_STATUSES)[number];
/** What a doctor may set; `offline` is derived from having no connected socket. */
export const SETTABLE_DOCTOR_STATUSES = ['online', 'busy'] as const;
export type SettableDoctorStatus = (typeof SETTABLE_DOCTOR_STATUSES)[number];

export interface DoctorPresence {
  doctorId: string;
  isOnline: boolean;
  status: DoctorStatus;
  lastSeenAt: string | null;
}

export interface Doctor {
  id: string;
  userId: string;
  fullName: string;
  email: string;
  phone: string | null;
  specialization: string;
  licenseNumber: string;
  yearsOfExperience: number | null;
  bio: string | null;
  timezone: string;
  isOnline: boolean;
  status: DoctorStatus;
  lastSeenAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SpecializationCount {
  specialization: string;
  count: number;
}

/** One weekly block on the doctor's wall clock: `HH:MM`, `endTime` may be `24:00`. */
export interface WeeklyHours {
  /** ISO day of week, 1 = Monday .. 7 = Sunday. */
  dayOfWeek: number;
  startTime: string;
  endTime: string;
}

export interface DoctorSchedule {
  timezone: string;
  weeklyHours: WeeklyHours[];
}

export interface TimeOff {
  id: string;
  doctorId: string;
  startsAt: string;
  endsAt: string;
  reason: string | null;
  createdAt: string;
}

export interface FreeSlot {
  startsAt: string;
  endsAt: string;
}

export interface FreeSlots {
  doctorId: string;
  timezone: string;
  durationMinutes: number;
  slots: FreeSlot[];
}

/** Longest range `GET /doctors/:id/slots` answers for. */
export const MAX_SLOT_RANGE_DAYS = 31;
/** Longest single time off. */
export const MAX_TIME_OFF_DAYS = 366;
/** Most weekly blocks a schedule may hold. */
export const MAX_WEEKLY_BLOCKS = 50;

/** A doctor's booking rules (`GET/PUT /doctors/:id/booking-policy`). */
export interface BookingPolicy {
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  bookingHorizonDays: number;
  cancellationWindowHours: number;
  autoConfirm: boolean;
}

/** The ranges of each field and the defaults (today's behaviour), as the contract gives them. */
export const BOOKING_POLICY_LIMITS = {
  bufferBeforeMinutes: { min: 0, max: 120 },
  bufferAfterMinutes: { min: 0, max: 120 },
  minimumNoticeMinutes: { min: 0, max: 20160 },
  bookingHorizonDays: { min: 1, max: 730 },
  cancellationWindowHours: { min: 0, max: 168 },
} as const;

export const DEFAULT_BOOKING_POLICY: Readonly<BookingPolicy> = {
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 0,
  bookingHorizonDays: 365,
  cancellationWindowHours: 0,
  autoConfirm: false,
};

/**
 * Why an interval cannot be booked by the caller right now (`GET /doctors/:id/availability/explain`).
 * `BOOKING_LIMIT_REACHED` is ours beyond the contract's list: the caller (a patient) already holds as many upcoming
 * appointments as a patient may, so no booking of theirs would succeed.
 */
export const AVAILABILITY_REASON_CODES = [
  'IN_PAST',
  'OUTSIDE_WORKING_HOURS',
  'TIME_OFF',
  'BOOKED',
  'HELD',
  'NOTICE_TOO_SHORT',
  'TOO_FAR_AHEAD',
  'BOOKING_LIMIT_REACHED',
] as const;
export type AvailabilityReasonCode = (typeof AVAILABILITY_REASON_CODES)[number];

export interface AvailabilityReason {
  code: AvailabilityReasonCode;
  message: string;
  /** The period that causes it (the time off, the other booking with its buffers, the hold), when there is one. */
  from?: string;
  to?: string;
}

export interface AvailabilityExplanation {
  doctorId: string;
  startsAt: string;
  endsAt: string;
  available: boolean;
  reasons: AvailabilityReason[];
}

/** One doctor's earliest free slot (`GET /slots`). */
export interface EarliestSlot {
  doctor: { id: string; fullName: string; specialization: string; isOnline: boolean; status: DoctorStatus };
  startsAt: string;
  endsAt: string;
}

/** Longest range `GET /slots` searches. */
export const MAX_EARLIEST_SLOT_RANGE_DAYS = 14;
/** Most doctors `GET /slots` answers with. */
export const EARLIEST_SLOTS_LIMIT = { min: 1, max: 50, default: 10 } as const;
