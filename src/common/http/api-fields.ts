import {
  ACTOR_ROLES,
  API_KEY_SCOPES,
  APPOINTMENT_NOTIFICATION_TYPES,
  APPOINTMENT_STATUSES,
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  CHANGED_BY_ROLES,
  BLOOD_TYPES,
  DOCTOR_STATUSES,
  ERROR_CODES,
  SERIES_FREQUENCIES,
  JOB_STATUSES,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_EVENT_FILTERS,
  WEBHOOK_EVENT_TYPES,
  GENDERS,
  MEDICAL_RECORD_STATUSES,
  ROLES,
  SETTABLE_DOCTOR_STATUSES,
  WAITLIST_STATUSES,
} from '@app/contracts';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * Every enumeration of the public contract, as one named schema each (`components.schemas.AppointmentStatus`), so a
 * client generator makes one type of each instead of one per field. The values are the contract's own constants.
 */
export const NAMED_ENUMS = {
  AppointmentStatus: { values: APPOINTMENT_STATUSES, description: 'Where an appointment is in its life cycle.' },
  Role: { values: ROLES, description: 'What an account is: a patient, a doctor or an administrator.' },
  ActorRole: {
    values: ACTOR_ROLES,
    description: 'Who called: a user’s role, or `integration` for an API key.',
  },
  ChangedByRole: {
    values: CHANGED_BY_ROLES,
    description:
      'Who changed a status: a user’s role, `integration` for an API key, or `system` when the service acted on time ' +
      'by itself.',
  },
  ApiKeyScope: {
    values: API_KEY_SCOPES,
    description: 'What an API key may do (see the `api-key` security scheme).',
  },
  DoctorStatus: {
    values: DOCTOR_STATUSES,
    description: '`offline` while no socket of the doctor is connected, else the status the doctor last set.',
  },
  SettableDoctorStatus: {
    values: SETTABLE_DOCTOR_STATUSES,
    description: 'What a doctor may set; `offline` follows from having no open socket.',
  },
  MedicalRecordStatus: { values: MEDICAL_RECORD_STATUSES, description: 'Whether a diagnosis is still current.' },
  AuditAction: { values: AUDIT_ACTIONS, description: 'What was done to a patient’s data.' },
  AuditOutcome: { values: AUDIT_OUTCOMES, description: 'Whether the access was allowed or refused.' },
  AppointmentNotificationType: {
    values: APPOINTMENT_NOTIFICATION_TYPES,
    description: 'The appointment event a notification reports (also its socket event name).',
  },
  SeriesFrequency: {
    values: SERIES_FREQUENCIES,
    description: 'How a recurring series repeats: every day or every week.',
  },
  JobStatus: {
    values: JOB_STATUSES,
    description:
      '`queued` (also between retries), `running` under a lease, `succeeded`, or `failed` once its attempts are spent.',
  },
  WebhookEventType: {
    values: WEBHOOK_EVENT_TYPES,
    description: 'An event a webhook delivers (its `data` is the Socket.IO payload of the same name).',
  },
  WebhookEventFilter: {
    values: WEBHOOK_EVENT_FILTERS,
    description: 'What a webhook endpoint subscribes to: an event type, or `*` for every one.',
  },
  WebhookDeliveryStatus: {
    values: WEBHOOK_DELIVERY_STATUSES,
    description: '`pending` (also between retries), `succeeded` (a 2xx), or `failed` once the retry schedule is spent.',
  },
  WaitlistStatus: {
    values: WAITLIST_STATUSES,
    description:
      '`waiting`; `offered` (freed time is held for the patient); `booked`; `expired` after two lapsed offers; ' +
      '`cancelled`.',
  },
  ErrorCode: { values: ERROR_CODES, description: 'A stable code clients switch on (never on the message).' },
  Gender: { values: GENDERS, description: 'As the patient states it.' },
  BloodType: { values: BLOOD_TYPES, description: 'ABO group and Rh factor.' },
} as const satisfies Record<string, { values: readonly string[]; description: string }>;
export type NamedEnum = keyof typeof NAMED_ENUMS;

type FieldOptions = Omit<ApiPropertyOptions, 'type' | 'enum' | 'enumName' | 'format'>;

function documented(options: ApiPropertyOptions): PropertyDecorator {
  return ApiProperty(options);
}

/** A field holding one value of a named enum (an array of them with `isArray: true`). */
export function EnumField(name: NamedEnum, options: FieldOptions = {}): PropertyDecorator {
  const { values, description } = NAMED_ENUMS[name];
  return documented({
    ...options,
    enum: [...values],
    enumName: name,
    enumSchema: { description },
  } as ApiPropertyOptions);
}

/** An id: a UUID (any version) in its canonical 36-character form. */
export function UuidField(options: FieldOptions = {}): PropertyDecorator {
  return documented({ ...options, type: String, format: 'uuid' } as ApiPropertyOptions);
}

/** An instant: ISO 8601, always UTC with `Z` in answers. */
export function InstantField(options: FieldOptions = {}): PropertyDecorator {
  return documented({ ...options, type: String, format: 'date-time' } as ApiPropertyOptions);
}

/** A calendar date without time, `YYYY-MM-DD`. */
export function DateField(options: FieldOptions = {}): PropertyDecorator {
  return documented({ ...options, type: String, format: 'date' } as ApiPropertyOptions);
}

/** The largest `int32`: the bound of a count that has no smaller one of its own. */
export const MAX_INT32 = 2_147_483_647;

/**
 * A whole number (the Swagger plugin would say `number` from the TypeScript type), bounded both ways as OWASP API4
 * asks: 0..`MAX_INT32` unless the field says otherwise.
 */
export function IntegerField(options: FieldOptions = {}): PropertyDecorator {
  return documented({
    minimum: 0,
    maximum: MAX_INT32,
    ...options,
    type: 'integer',
    format: 'int32',
  } as ApiPropertyOptions);
}
