/**
 * The events an integrator's webhook endpoint may subscribe to (API.md "Integrations"); `*` subscribes to all of
 * them. Each is delivered with the Socket.IO payload of the same name as its `data`.
 */
export const WEBHOOK_EVENT_TYPES = [
  'appointment.created',
  'appointment.updated',
  'appointment.status_changed',
  'appointment.reminder',
  'waitlist.offer',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** What an endpoint's `events` may hold: an event type, or `*` for every one. */
export const WEBHOOK_EVENT_FILTERS = [...WEBHOOK_EVENT_TYPES, '*'] as const;
export type WebhookEventFilter = (typeof WEBHOOK_EVENT_FILTERS)[number];

/** A delivery waits for an attempt (also between retries), arrived (a 2xx), or gave up once its schedule was spent. */
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** An integrator's endpoint, as listed and read (its secret is shown only on create and rotation). */
export interface WebhookEndpoint {
  id: string;
  url: string;
  events: WebhookEventFilter[];
  description: string | null;
  isActive: boolean;
  createdAt: string;
}

/** The answer of `POST /webhooks` and `POST /webhooks/:id/rotate-secret`: the only places the secret is shown. */
export interface WebhookEndpointWithSecret extends WebhookEndpoint {
  /** `whsec_` + base64 of 32 random bytes; the receiver verifies signatures with it. */
  secret: string;
}

/** One event sent (or to be sent) to one endpoint, with its attempts so far. */
export interface WebhookDelivery {
  /** Also the `webhook-id` header of every attempt: receivers de-duplicate by it. */
  id: string;
  /** The domain event it carries (one event reaches every subscribed endpoint under its own delivery). */
  eventId: string;
  type: WebhookEventType;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  /** When the next attempt is due (`pending` only). */
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
}
