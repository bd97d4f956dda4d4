import type { AppointmentEventName, AppointmentEvents, SlotsChangedEvent, WaitlistOfferEvent } from '@app/contracts';
import type { EntityManager } from 'typeorm';
import type { WriteBatch } from '../database/batched-writes';

/** Whom an appointment event concerns, and how to speak to them; never part of the public payload. */
export interface EventAudience {
  /** User ids of the appointment's patient and doctor (never sent to anyone else). */
  recipientUserIds: string[];
  /** The doctor's IANA time zone: texts about the appointment give its times on that wall clock. */
  doctorTimezone: string;
  /**
   * The doctor's time whose freedom the change touched (its blocked ranges, buffers included, before and after), for
   * `slots.changed`; absent when no time was freed or taken (a confirmation, an edit of the reason).
   */
  slots?: { from: string; to: string };
  /** The hold a booking turned into this appointment (`holdId`), on `appointment.created`: a waitlist offer's, maybe. */
  consumedHoldId?: string;
}

/**
 * A change that retires a user's tokens has committed (deactivation, password change): their open sockets close on
 * every instance, so they lose access at once (REST refuses their tokens already).
 */
export interface AccessRevokedEvent {
  userId: string;
  reason: 'deactivated' | 'password_changed';
}

/**
 * Every domain event, by name: what it carries. Appointment events are the clients' own (`libs/contracts`, also the
 * Socket.IO event names), with their audience beside the payload; the others stay inside the service.
 */
export type DomainEventMap = {
  [K in AppointmentEventName]: { payload: AppointmentEvents[K] } & EventAudience;
} & {
  'user.access_revoked': { payload: AccessRevokedEvent };
  /** An API key was revoked: caches forget it on every instance, like a deactivated user (see `ActorCache`). */
  'api_key.revoked': { payload: { apiKeyId: string } };
  /** Free time changed other than by an appointment event (holds, time off, schedule, booking policy). */
  'slots.changed': { payload: SlotsChangedEvent };
  /** A waitlist entry was offered freed time (a hold for its patient); `recipientUserIds`: the patient's user. */
  'waitlist.offer': { payload: WaitlistOfferEvent; recipientUserIds: string[]; doctorTimezone: string };
};
export type DomainEventName = keyof DomainEventMap;

/** One domain event, its name telling its payload apart. */
export type DomainEvent<K extends DomainEventName = DomainEventName> = {
  [N in K]: { name: N } & DomainEventMap[N];
}[K];

/** A domain event written to the outbox: the id is the outbox row's, by which the relay publishes it once. */
export type RecordedEvent<K extends DomainEventName = DomainEventName> = DomainEvent<K> & { id: string };

/**
 * What a listener of `recordedEventName(name)` receives: the events of that name one change recorded (one, or a batch
 * such as a series or a sweep, so that a listener writes its trace of all of them in one statement), the manager
 * of the change's transaction, and the change's batch of writes: a listener that only leaves rows behind (and reads
 * nothing back) adds its statement there, and every listener's batched writes run together in one round trip once all
 * of them were called.
 */
export interface RecordedDomainEvent<K extends DomainEventName = DomainEventName> {
  em: EntityManager;
  events: RecordedEvent<K>[];
  writes: WriteBatch;
}

/** The name under which an event is handed to the listeners that keep a durable record of it. */
export function recordedEventName<K extends DomainEventName>(name: K): `record:${K}` {
  return `record:${name}`;
}
