export const ROLES = ['patient', 'doctor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who calls the API: a user's role, or `integration` for a caller with an API key (see Integrations). */
export const ACTOR_ROLES = [...ROLES, 'integration'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/**
 * Who changed an appointment's status: a user's role, `integration` for an API key, or `system` for the service acting
 * on time by itself.
 */
export const CHANGED_BY_ROLES = [...ACTOR_ROLES, 'system'] as const;
export type ChangedByRole = (typeof CHANGED_BY_ROLES)[number];
