export const ROLES = ['patient', 'doctor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who changed an appointment's status: a user's role, or `system` for the service acting on time by itself. */
export const CHANGED_BY_ROLES = [...ROLES, 'system'] as const;
export type ChangedByRole = (typeof CHANGED_BY_ROLES)[number];
