import type { CapabilityStatement, CapabilityStatementRestResource } from '@medplum/fhirtypes';

/** When this statement last changed (CapabilityStatement.date). */
const STATEMENT_DATE = '2026-12-06';

const read = { code: 'read' as const };
const search = { code: 'search-type' as const };
const paging = [
  { name: '_count', type: 'number' as const, documentation: 'Entries per page, 1..100 (default 20)' },
  { name: '_offset', type: 'number' as const, documentation: 'Entries to skip (the next link sets it)' },
];

const RESOURCES: CapabilityStatementRestResource[] = [
  {
    type: 'Appointment',
    interaction: [read, search],
    searchParam: [
      { name: 'patient', type: 'reference', documentation: 'Patient/<id>' },
      { name: 'practitioner', type: 'reference', documentation: 'Practitioner/<id>' },
      { name: 'date', type: 'date', documentation: 'The start; prefixes eq, ge, gt, le, lt; repeat for a range' },
      { name: 'status', type: 'token', documentation: 'Appointment.status codes, comma-separated' },
      ...paging,
    ],
  },
  { type: 'Patient', interaction: [read] },
  { type: 'Practitioner', interaction: [read] },
  {
    type: 'Schedule',
    interaction: [search],
    searchParam: [{ name: 'actor', type: 'reference', documentation: 'Practitioner/<id>: one Schedule per doctor' }],
  },
  {
    type: 'Slot',
    interaction: [search],
    searchParam: [
      { name: 'schedule', type: 'reference', documentation: 'Schedule/<id>' },
      { name: 'start', type: 'date', documentation: 'Prefixes eq, ge, gt, le, lt; at most 31 days' },
      { name: 'status', type: 'token', documentation: 'free (the only status published)' },
      ...paging,
    ],
  },
];

/** The server's CapabilityStatement (`GET /fhir/R4/metadata`): read-only, JSON, bearer tokens. */
export function capabilityStatement(): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: STATEMENT_DATE,
    publisher: 'Clinic Booking',
    kind: 'instance',
    software: { name: 'Clinic Booking' },
    implementation: { description: 'Clinic Booking FHIR R4 read API' },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        security: {
          cors: true,
          description: 'A bearer access token of POST /api/v1/auth/login, as for the REST API; metadata needs none.',
        },
        resource: RESOURCES,
      },
    ],
  };
}
