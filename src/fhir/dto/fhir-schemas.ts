import { APPOINTMENT_DURATION } from '@app/contracts';
import type { ReferenceObject, SchemaObject as PlainSchema } from '@nestjs/swagger';
import type { NamedSchema } from '../../common/http/openapi';
import { FHIR_APPOINTMENT_STATUSES } from '../fhir-search';

/**
 * The FHIR R4 resources this API answers with, as named OpenAPI schemas of the fields we fill (R4 itself has many
 * more; `test/e2e/fhir*.e2e-spec.ts` validates real answers against the official R4 JSON schema). Each carries an
 * example from one story: Jonas Weber's appointment with Dr Amara Okafor.
 */

type SchemaObject = PlainSchema | ReferenceObject;

const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });
const text = (description?: string): PlainSchema => ({ type: 'string', ...(description ? { description } : {}) });
const constant = (value: string): PlainSchema => ({ type: 'string', enum: [value] });
const uuid: PlainSchema = { type: 'string', format: 'uuid' };
const instant: PlainSchema = { type: 'string', format: 'date-time' };
const list = (items: SchemaObject): PlainSchema => ({ type: 'array', items });
const object = (properties: Record<string, SchemaObject>, required: string[] = []): PlainSchema => ({
  type: 'object',
  properties,
  ...(required.length > 0 ? { required } : {}),
});

const reference = object({ reference: text('`Type/<id>`'), display: text() }, ['reference']);
const named = object({ text: text(), prefix: list(text()) });
const telecom = object({ system: text('`email` or `phone`'), value: text() });
const codeable = object({ text: text() });
const meta = object({ lastUpdated: instant });

const IDS = {
  jonasPatient: '5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  amaraDoctor: '8d2e4f60-7a1b-4c3d-9e5f-6a7b8c9d0e1f',
  appointment: 'c4a1e8b2-6d3f-4a5e-9b7c-2d8e0f1a3b5c',
  slot: '1b4e28ba-2fa1-51d2-883f-0016d3cca427',
};
const BASE = 'https://clinic.example/api/v1/fhir/R4';

const APPOINTMENT_EXAMPLE = {
  resourceType: 'Appointment',
  id: IDS.appointment,
  meta: { lastUpdated: '2026-12-01T10:00:00Z' },
  status: 'booked',
  description: 'Chest pain when climbing stairs',
  start: '2026-12-14T09:00:00Z',
  end: '2026-12-14T09:30:00Z',
  minutesDuration: 30,
  created: '2026-12-01T09:58:00Z',
  participant: [
    {
      actor: { reference: `Patient/${IDS.jonasPatient}`, display: 'Jonas Weber' },
      required: 'required',
      status: 'accepted',
    },
    {
      actor: { reference: `Practitioner/${IDS.amaraDoctor}`, display: 'Amara Okafor' },
      required: 'required',
      status: 'accepted',
    },
  ],
};
const SLOT_EXAMPLE = {
  resourceType: 'Slot',
  id: IDS.slot,
  schedule: { reference: `Schedule/${IDS.amaraDoctor}` },
  status: 'free',
  start: '2026-12-14T09:30:00Z',
  end: '2026-12-14T10:00:00Z',
};
const SCHEDULE_EXAMPLE = {
  resourceType: 'Schedule',
  id: IDS.amaraDoctor,
  active: true,
  specialty: [{ text: 'Cardiology' }],
  actor: [{ reference: `Practitioner/${IDS.amaraDoctor}`, display: 'Amara Okafor' }],
  comment: 'Weekly hours (Europe/Berlin): Mon 09:00–17:00, Tue 09:00–17:00',
};

function bundleOf(resource: string, example: { resourceType: string; id: string }): NamedSchema {
  return {
    name: `Fhir${resource}Bundle`,
    schema: {
      ...object(
        {
          resourceType: constant('Bundle'),
          type: constant('searchset'),
          total: { type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647 },
          link: list(
            object({ relation: text('`self`, `next` or `previous`'), url: { type: 'string', format: 'uri' } }),
          ),
          entry: list(
            object({
              fullUrl: { type: 'string', format: 'uri' },
              resource: ref(`Fhir${resource}`),
              search: object({ mode: constant('match') }),
            }),
          ),
        },
        ['resourceType', 'type'],
      ),
      description: `A FHIR R4 \`searchset\` Bundle of ${resource} resources.`,
      example: {
        resourceType: 'Bundle',
        type: 'searchset',
        total: 1,
        link: [{ relation: 'self', url: `${BASE}/${resource}?_count=20&_offset=0` }],
        entry: [{ fullUrl: `${BASE}/${resource}/${example.id}`, resource: example, search: { mode: 'match' } }],
      },
    },
  };
}

export const FHIR_SCHEMAS: readonly NamedSchema[] = [
  {
    name: 'FhirAppointmentStatus',
    schema: {
      type: 'string',
      enum: [...FHIR_APPOINTMENT_STATUSES],
      description:
        'R4 `Appointment.status`. Ours map pending→`pending`, confirmed→`booked`, in_progress→`arrived`, ' +
        'completed→`fulfilled`, cancelled→`cancelled`, no_show→`noshow`; the other codes match nothing.',
    },
  },
  {
    name: 'FhirAppointment',
    schema: {
      ...object(
        {
          resourceType: constant('Appointment'),
          id: uuid,
          meta,
          status: ref('FhirAppointmentStatus'),
          cancelationReason: codeable,
          description: text('The reason for the visit'),
          start: instant,
          end: instant,
          minutesDuration: {
            type: 'integer',
            format: 'int32',
            minimum: APPOINTMENT_DURATION.min,
            maximum: APPOINTMENT_DURATION.max,
          },
          created: instant,
          comment: text('The doctor’s notes'),
          participant: list(
            object(
              {
                actor: reference,
                required: constant('required'),
                status: text('`accepted`, or `needs-action` for the doctor of a pending appointment'),
              },
              ['status'],
            ),
          ),
        },
        ['resourceType', 'id', 'status', 'participant'],
      ),
      description: 'A FHIR R4 Appointment: participants are `Patient/<patientId>` and `Practitioner/<doctorId>`.',
      example: APPOINTMENT_EXAMPLE,
    },
  },
  bundleOf('Appointment', APPOINTMENT_EXAMPLE),
  {
    name: 'FhirPatient',
    schema: {
      ...object(
        {
          resourceType: constant('Patient'),
          id: uuid,
          meta,
          active: { type: 'boolean' },
          name: list(named),
          telecom: list(telecom),
          gender: text('`female`, `male`, `other` or `unknown`'),
          birthDate: { type: 'string', format: 'date' },
          address: list(codeable),
          contact: list(object({ name: named, telecom: list(telecom), relationship: list(codeable) })),
        },
        ['resourceType', 'id'],
      ),
      description: 'A FHIR R4 Patient (blood type and allergies are not part of it).',
      example: {
        resourceType: 'Patient',
        id: IDS.jonasPatient,
        meta: { lastUpdated: '2026-11-30T08:00:00Z' },
        active: true,
        name: [{ text: 'Jonas Weber' }],
        telecom: [{ system: 'email', value: 'jonas.weber@example.com' }],
        gender: 'male',
        birthDate: '1988-04-12',
      },
    },
  },
  {
    name: 'FhirPractitioner',
    schema: {
      ...object(
        {
          resourceType: constant('Practitioner'),
          id: uuid,
          meta,
          active: { type: 'boolean' },
          name: list(named),
          telecom: list(telecom),
          qualification: list(
            object({ identifier: list(object({ value: text('The licence number') })), code: codeable }),
          ),
        },
        ['resourceType', 'id'],
      ),
      description: 'A FHIR R4 Practitioner: a doctor, with the speciality and licence as a qualification.',
      example: {
        resourceType: 'Practitioner',
        id: IDS.amaraDoctor,
        meta: { lastUpdated: '2026-11-30T08:00:00Z' },
        active: true,
        name: [{ text: 'Amara Okafor', prefix: ['Dr'] }],
        telecom: [{ system: 'email', value: 'amara.okafor@clinic.example' }],
        qualification: [{ identifier: [{ value: 'GMC-7654321' }], code: { text: 'Cardiology' } }],
      },
    },
  },
  {
    name: 'FhirSchedule',
    schema: {
      ...object(
        {
          resourceType: constant('Schedule'),
          id: { ...uuid, description: 'The doctor’s id: one Schedule per doctor' },
          active: { type: 'boolean' },
          specialty: list(codeable),
          actor: list(reference),
          comment: text('The weekly hours on the doctor’s wall clock'),
        },
        ['resourceType', 'id', 'actor'],
      ),
      description: 'A FHIR R4 Schedule: one per doctor.',
      example: SCHEDULE_EXAMPLE,
    },
  },
  bundleOf('Schedule', SCHEDULE_EXAMPLE),
  {
    name: 'FhirSlot',
    schema: {
      ...object(
        {
          resourceType: constant('Slot'),
          id: { ...uuid, description: 'Stable for the same doctor, start and length' },
          schedule: reference,
          status: constant('free'),
          start: instant,
          end: instant,
        },
        ['resourceType', 'id', 'schedule', 'status', 'start', 'end'],
      ),
      description: 'A free FHIR R4 Slot, as `GET /doctors/:id/slots` gives it to the caller.',
      example: SLOT_EXAMPLE,
    },
  },
  bundleOf('Slot', SLOT_EXAMPLE),
  {
    name: 'FhirCapabilityStatement',
    schema: {
      ...object(
        {
          resourceType: constant('CapabilityStatement'),
          status: constant('active'),
          date: text(),
          publisher: text(),
          kind: constant('instance'),
          software: object({ name: text() }),
          implementation: object({ description: text() }),
          fhirVersion: constant('4.0.1'),
          format: list(text()),
          rest: list(
            object({
              mode: constant('server'),
              security: object({ cors: { type: 'boolean' }, description: text() }),
              resource: list({
                type: 'object',
                description: 'A resource type with its interactions and search parameters',
              }),
            }),
          ),
        },
        ['resourceType', 'status', 'date', 'kind', 'fhirVersion', 'format'],
      ),
      description: 'The FHIR R4 CapabilityStatement of this server.',
      example: {
        resourceType: 'CapabilityStatement',
        status: 'active',
        date: '2026-12-06',
        kind: 'instance',
        fhirVersion: '4.0.1',
        format: ['application/fhir+json', 'json'],
        rest: [{ mode: 'server', resource: [{ type: 'Appointment', interaction: [{ code: 'read' }] }] }],
      },
    },
  },
  {
    name: 'FhirOperationOutcome',
    schema: {
      ...object(
        {
          resourceType: constant('OperationOutcome'),
          issue: list(
            object(
              {
                severity: constant('error'),
                code: text('The R4 IssueType: `invalid` (400), `login` (401), `forbidden` (403), `not-found` (404)…'),
                details: object({
                  coding: list(object({ system: constant('urn:clinic-booking:error-code'), code: ref('ErrorCode') })),
                  text: text(),
                }),
                diagnostics: text(),
                expression: list(text()),
              },
              ['severity', 'code'],
            ),
          ),
        },
        ['resourceType', 'issue'],
      ),
      description: 'A FHIR error: the status is the REST API’s; our error code is in `details.coding`.',
      example: {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'error',
            code: 'not-found',
            details: {
              coding: [{ system: 'urn:clinic-booking:error-code', code: 'APPOINTMENT_NOT_FOUND' }],
              text: 'Appointment not found',
            },
            diagnostics: 'Appointment not found (request 6c1f0c3e-2f0a-4d5e-9a1b-7c2d3e4f5a6b)',
          },
        ],
      },
    },
  },
];
