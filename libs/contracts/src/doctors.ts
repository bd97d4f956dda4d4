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
