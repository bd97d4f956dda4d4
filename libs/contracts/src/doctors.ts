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
