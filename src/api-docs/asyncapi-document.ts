import { NOTIFICATIONS_NAMESPACE, type ClientToServerEvents, type ServerToClientEvents } from '@app/contracts';
import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';

/** A JSON value, as the AsyncAPI document is one. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface MessageSpec {
  /** The component schema (shared with the OpenAPI document) that is the payload. */
  payload: string;
  summary: string;
  description: string;
}

/**
 * What the server sends on `/notifications`. Keyed by the contract's own event map, so an event added to
 * `ServerToClientEvents` does not compile until it is described here.
 */
const SERVER_MESSAGES: { [K in keyof ServerToClientEvents]: MessageSpec } = {
  'appointment.created': {
    payload: 'AppointmentCreatedEvent',
    summary: 'An appointment was booked',
    description: 'To its patient and its doctor, on each of their connections, once the booking has committed.',
  },
  'appointment.updated': {
    payload: 'AppointmentUpdatedEvent',
    summary: 'An appointment was rescheduled or edited',
    description: 'To its patient and its doctor; `changes` names the fields that changed.',
  },
  'appointment.status_changed': {
    payload: 'AppointmentStatusChangedEvent',
    summary: 'An appointment changed status',
    description: 'To its patient and its doctor, with the previous status and who made the change.',
  },
  'appointment.deleted': {
    payload: 'AppointmentDeletedEvent',
    summary: 'An admin deleted an appointment',
    description:
      'To its patient and its doctor, with the appointment as it was last: it has left every list and read, and ' +
      'its time is free again. Not a status change (the appointment has no status any more).',
  },
  'appointment.reminder': {
    payload: 'AppointmentReminderEvent',
    summary: 'An appointment starts soon',
    description:
      'To its patient and its doctor, at each lead of `REMINDER_LEAD_MINUTES` before the start of a `pending` or ' +
      '`confirmed` appointment, once per lead, and only when that time came after the booking or the last move ' +
      '(sent on return if the service was down then, unless the appointment has started). None for an appointment ' +
      'since cancelled; a moved one is reminded of its new time. Also stored as a notification.',
  },
  notification: {
    payload: 'Notification',
    summary: 'A direct message or a broadcast',
    description: 'To the user it is for (a broadcast: each recipient gets their own copy, with its own id).',
  },
  'doctor.presence': {
    payload: 'DoctorPresence',
    summary: 'A doctor came online, went offline or changed status',
    description:
      'To every connected user, when a doctor’s first connection opens, their last one closes, or they set a status.',
  },
  'slots.changed': {
    payload: 'SlotsChangedEvent',
    summary: 'Which of a doctor’s times are free changed',
    description:
      'To every socket watching the doctor (`slots.watch`), on every instance, once the change has committed: a ' +
      'booking, cancellation, reschedule or deletion, a hold made, released or expired, time off, a schedule or ' +
      'booking-policy change. Only the doctor and the range `from`–`to` whose free time changed; no patient data: ' +
      'read the slots of that range again (`GET /api/v1/doctors/{id}/slots`).',
  },
  'waitlist.offer': {
    payload: 'WaitlistOfferEvent',
    summary: 'Freed time is offered to a waiting patient',
    description:
      'To the entry’s patient only, on each of their connections, once the offer has committed: time of the doctor ' +
      'they wait for came free inside their window and is held for them until `entry.offer.expiresAt` ' +
      '(`WAITLIST_OFFER_MINUTES`, default 15). Book it with `POST /api/v1/appointments` and `holdId`; left to lapse, ' +
      'it passes to the next waiting entry. Also stored as a `waitlist.offer` notification.',
  },
  error: {
    payload: 'SocketError',
    summary: 'A client message was refused',
    description: 'Only for a client message sent without an acknowledgement callback.',
  },
};

/** What a client may send, with the schema of the acknowledgement the server answers with. */
const CLIENT_MESSAGES: { [K in keyof ClientToServerEvents]: MessageSpec & { ack: string } } = {
  'doctor.set_status': {
    payload: 'SetDoctorStatusRequest',
    ack: 'SocketAck',
    summary: 'A doctor sets their status',
    description:
      'Doctors only (anyone else: `{ ok: false, code: "FORBIDDEN" }`). The same as `PUT /api/v1/doctors/me/status`; ' +
      'other users hear of it as `doctor.presence`.',
  },
  'slots.watch': {
    payload: 'WatchSlotsRequest',
    ack: 'SocketAck',
    summary: 'Follow a doctor’s free time',
    description:
      'Any role. From then on the socket receives `slots.changed` for that doctor, until `slots.unwatch` or until it ' +
      'disconnects (a reconnected socket watches again). Watching a doctor twice is one watch. Refusals: a payload ' +
      'other than `{ doctorId: <uuid> }` → `VALIDATION_FAILED`; an unknown or deactivated doctor → ' +
      '`DOCTOR_NOT_FOUND`; a socket already watching 50 doctors (`MAX_WATCHED_DOCTORS_PER_SOCKET`) → ' +
      '`VALIDATION_FAILED`.',
  },
  'slots.unwatch': {
    payload: 'WatchSlotsRequest',
    ack: 'SocketAck',
    summary: 'Stop following a doctor’s free time',
    description:
      '`{ ok: true }` also for a doctor the socket was not watching; a payload other than `{ doctorId: <uuid> }` → ' +
      '`VALIDATION_FAILED`.',
  },
  'appointments.watch': {
    payload: 'WatchAppointmentsRequest',
    ack: 'SocketAck',
    summary: 'Follow every appointment (reception’s live board)',
    description:
      'Admins only (anyone else: `{ ok: false, code: "FORBIDDEN" }`). From then on the socket also receives ' +
      '`appointment.created`, `appointment.updated`, `appointment.status_changed` and `appointment.deleted` for ' +
      'every appointment, until `appointments.unwatch` or it disconnects (a reconnected socket asks again). An ' +
      'extension of the contract, which sends these events to the two parties only: opt-in, so no socket receives ' +
      'events it did not ask for. The payload is `{}`.',
  },
  'appointments.unwatch': {
    payload: 'WatchAppointmentsRequest',
    ack: 'SocketAck',
    summary: 'Stop following every appointment',
    description: '`{ ok: true }`, also for a socket that was not watching.',
  },
};

/** The event names of the contract, both ways: what the document must name (a test holds it to this). */
export const SERVER_EVENT_NAMES = Object.keys(SERVER_MESSAGES) as (keyof ServerToClientEvents)[];
export const CLIENT_EVENT_NAMES = Object.keys(CLIENT_MESSAGES) as (keyof ClientToServerEvents)[];

const SCHEMAS = '#/components/schemas/';

function isReference(value: unknown): value is ReferenceObject {
  return typeof value === 'object' && value !== null && '$ref' in value;
}

function nameOf(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** A JSON-safe copy (the OpenAPI objects are plain data, typed loosely by Nest). */
function json(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

/**
 * An OpenAPI 3.0 schema as an AsyncAPI (JSON Schema draft 7) one, the same shape in the other dialect: `nullable`
 * becomes a `null` type (or a `oneOf` with `null` around a reference), the discriminator object becomes the property
 * name AsyncAPI takes, and `example` becomes `examples`. `$ref`s keep their `#/components/schemas/…` address, which
 * is the same in both documents.
 */
export function toAsyncApiSchema(schema: SchemaObject | ReferenceObject): JsonObject {
  if (isReference(schema)) {
    return { $ref: schema.$ref };
  }
  const { nullable, discriminator, properties, items, allOf, oneOf, anyOf, additionalProperties, ...rest } = schema;
  const example: unknown = schema.example;
  delete (rest as { example?: unknown }).example;
  const out: JsonObject = json(rest) as JsonObject;
  if (properties) {
    out.properties = Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [key, toAsyncApiSchema(value)]),
    );
  }
  if (items) {
    out.items = toAsyncApiSchema(items);
  }
  if (typeof additionalProperties === 'object') {
    out.additionalProperties = toAsyncApiSchema(additionalProperties);
  } else if (additionalProperties !== undefined) {
    out.additionalProperties = additionalProperties;
  }
  for (const [key, list] of [
    ['allOf', allOf],
    ['oneOf', oneOf],
    ['anyOf', anyOf],
  ] as const) {
    if (list) {
      out[key] = list.map(toAsyncApiSchema);
    }
  }
  if (discriminator) {
    out.discriminator = discriminator.propertyName;
  }
  if (example !== undefined) {
    out.examples = [json(example)];
  }
  if (nullable) {
    return withNull(out);
  }
  return out;
}

function withNull(schema: JsonObject): JsonObject {
  const { allOf, type, description, ...rest } = schema;
  if (Array.isArray(allOf) && allOf.length === 1) {
    // `{ nullable, allOf: [{ $ref }] }`: the referenced schema, or null.
    return { ...(description === undefined ? {} : { description }), ...rest, oneOf: [allOf[0], { type: 'null' }] };
  }
  const out: JsonObject = { ...rest, ...(description === undefined ? {} : { description }) };
  if (typeof type === 'string') {
    out.type = [type, 'null'];
  }
  if (Array.isArray(out.enum) && !out.enum.includes(null)) {
    out.enum = [...out.enum, null];
  }
  return out;
}

/** The schemas `roots` name and every schema they reach, converted. */
function reachableSchemas(openapi: OpenAPIObject, roots: readonly string[]): JsonObject {
  const components = openapi.components?.schemas ?? {};
  const found: JsonObject = {};
  const visit = (name: string): void => {
    if (name in found) {
      return;
    }
    const schema = components[name];
    if (!schema) {
      throw new Error(`the AsyncAPI document needs the schema ${name}, which the OpenAPI document lacks`);
    }
    found[name] = toAsyncApiSchema(schema);
    for (const ref of JSON.stringify(schema).matchAll(/"\$ref":"([^"]+)"/g)) {
      visit(nameOf(ref[1]));
    }
  };
  roots.forEach(visit);
  return found;
}

function messageOf(event: string, spec: MessageSpec): JsonObject {
  return {
    name: event,
    title: event,
    summary: spec.summary,
    description: spec.description,
    contentType: 'application/json',
    payload: { $ref: `${SCHEMAS}${spec.payload}` },
  };
}

/** `appointment.status_changed` → `appointmentStatusChanged`: message and operation keys. */
function keyOf(event: string): string {
  return event.replace(/[._]([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/**
 * The AsyncAPI 3 document of the Socket.IO namespace `/notifications` (API.md, Real time), served at
 * `/docs/asyncapi.json`. Its payload schemas are the OpenAPI document's components, converted, so REST and the
 * socket describe one `Appointment`, one `Notification`.
 */
export function buildAsyncApiDocument(openapi: OpenAPIObject, host = 'localhost:3000'): JsonObject {
  const messages: JsonObject = {};
  const operations: JsonObject = {};
  const channelMessages: JsonObject = {};
  const roots: string[] = [];
  const channel = { $ref: '#/channels/notifications' };

  for (const event of SERVER_EVENT_NAMES) {
    const spec = SERVER_MESSAGES[event];
    const key = keyOf(event);
    roots.push(spec.payload);
    messages[key] = messageOf(event, spec);
    channelMessages[key] = { $ref: `#/components/messages/${key}` };
    operations[`send${key[0].toUpperCase()}${key.slice(1)}`] = {
      action: 'send',
      channel,
      summary: spec.summary,
      messages: [{ $ref: `#/channels/notifications/messages/${key}` }],
    };
  }
  for (const event of CLIENT_EVENT_NAMES) {
    const spec = CLIENT_MESSAGES[event];
    const key = keyOf(event);
    const ackKey = `${key}Ack`;
    roots.push(spec.payload, spec.ack);
    messages[key] = messageOf(event, spec);
    messages[ackKey] = {
      name: `${event} (acknowledgement)`,
      title: `${event} acknowledgement`,
      summary: 'The answer to the client’s acknowledgement callback',
      contentType: 'application/json',
      payload: { $ref: `${SCHEMAS}${spec.ack}` },
    };
    channelMessages[key] = { $ref: `#/components/messages/${key}` };
    channelMessages[ackKey] = { $ref: `#/components/messages/${ackKey}` };
    operations[`receive${key[0].toUpperCase()}${key.slice(1)}`] = {
      action: 'receive',
      channel,
      summary: spec.summary,
      messages: [{ $ref: `#/channels/notifications/messages/${key}` }],
      reply: { channel, messages: [{ $ref: `#/channels/notifications/messages/${ackKey}` }] },
    };
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Clinic Booking real-time events',
      version: '1.0',
      description:
        'The Socket.IO namespace `/notifications` (Socket.IO 4, default path `/socket.io`). Connect with ' +
        '`io(origin + "/notifications", { auth: { token: accessToken } })`; a missing or bad token is refused ' +
        'during the handshake with `connect_error` "Unauthorized" (during a database outage: "Service ' +
        'unavailable"). Each connection joins its user’s room: events reach only the users they concern, on ' +
        'every connection of theirs, after the change they announce has committed (`appointment.*` also reach ' +
        'the admins’ sockets that sent `appointments.watch`; `slots.changed`: the sockets ' +
        'that watch the doctor, whoever they are; it carries no patient data). A socket lives no longer ' +
        'than its access token. `appointment.*`, `waitlist.offer` and `slots.changed` survive an instance that ' +
        'stops between its commit and its publish: the event waits in the outbox and another instance publishes ' +
        'it a moment later, so one can arrive twice. Apply them idempotently (an appointment by its id and status; ' +
        '`slots.changed` and `waitlist.offer` by reading again). A socket that is not connected, or an instance ' +
        'cut off from Redis, misses events: read again after (re)connecting. The REST API is described at ' +
        '`/docs-json`; the payload schemas are its components.',
      license: { name: 'Proprietary' },
    },
    defaultContentType: 'application/json',
    servers: {
      clinic: {
        host,
        protocol: 'ws',
        pathname: '/socket.io',
        title: 'The deployment serving this document',
        description: 'Socket.IO 4 (Engine.IO 4) over WebSocket, with HTTP long-polling as the fallback transport.',
        security: [{ $ref: '#/components/securitySchemes/accessToken' }],
      },
    },
    channels: {
      notifications: {
        address: NOTIFICATIONS_NAMESPACE,
        title: 'The notifications namespace',
        description:
          'One namespace for every event; the server picks the recipients by user, never broadcasting private data.',
        messages: channelMessages,
      },
    },
    operations,
    components: {
      schemas: reachableSchemas(openapi, roots),
      messages,
      securitySchemes: {
        accessToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'The `accessToken` of a `TokenResponse`, given in the Socket.IO handshake as `auth: { token }` (an ' +
            '`Authorization: Bearer` header works too).',
        },
      },
    },
  };
}

/** The document with its server at `host` (the one the document was asked from). */
export function withServerHost(document: JsonObject, host: string): JsonObject {
  const servers = document.servers as { clinic: JsonObject };
  return { ...document, servers: { clinic: { ...servers.clinic, host } } };
}
