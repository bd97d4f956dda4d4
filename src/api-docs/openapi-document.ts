import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { APPOINTMENT_EVENT_MODELS } from '../appointments/dto/appointment-events.dto';
import { REGISTER_REQUEST_SCHEMA, RegisterDoctorDto, RegisterPatientDto } from '../auth/dto/register.dto';
import {
  API_KEY_DESCRIPTION,
  API_KEY_SCHEME,
  API_TAGS,
  BEARER_DESCRIPTION,
  finishDocument,
  operationsOf,
} from '../common/http/openapi';
import { isFhirPath } from '../common/errors/operation-outcome';
import { FHIR_SCHEMAS } from '../fhir/dto/fhir-schemas';
import {
  AppointmentNotificationDataDto,
  BroadcastNotificationDataDto,
  NOTIFICATION_MODELS,
  NOTIFICATION_SCHEMA,
} from '../notifications/dto/notifications.dto';
import { DoctorPresenceDto, SetDoctorStatusDto } from '../notifications/dto/doctor-status.dto';
import { SLOT_WATCH_MODELS } from '../notifications/dto/slot-watch.dto';
import { SOCKET_MESSAGE_MODELS } from '../notifications/dto/socket-messages.dto';
import { WAITLIST_EVENT_MODELS } from '../waitlist/dto/waitlist.dto';
import { applyExamples } from './examples';

/** Schemas no route names by itself: the union members, and the socket payloads the AsyncAPI document shares. */
const EXTRA_MODELS = [
  RegisterPatientDto,
  RegisterDoctorDto,
  ...NOTIFICATION_MODELS,
  AppointmentNotificationDataDto,
  BroadcastNotificationDataDto,
  ...APPOINTMENT_EVENT_MODELS,
  ...SOCKET_MESSAGE_MODELS,
  DoctorPresenceDto,
  SetDoctorStatusDto,
  ...SLOT_WATCH_MODELS,
  ...WAITLIST_EVENT_MODELS,
];

/**
 * The FHIR routes answer every error as an `OperationOutcome` in `application/fhir+json` (same statuses), and their
 * date parameters repeat (`date=ge…&date=lt…`: FHIR ANDs them) instead of taking commas.
 */
function answerFhirErrorsAsOutcomes(document: OpenAPIObject): void {
  for (const { path, operation } of operationsOf(document)) {
    if (!isFhirPath(path)) {
      continue;
    }
    for (const parameter of operation.parameters ?? []) {
      if ('in' in parameter && parameter.in === 'query' && ['date', 'start'].includes(parameter.name)) {
        parameter.explode = true;
      }
    }
    for (const [status, response] of Object.entries(operation.responses)) {
      if (!status.startsWith('2') && response && 'content' in response && response.content) {
        response.content = {
          'application/fhir+json': { schema: { $ref: '#/components/schemas/FhirOperationOutcome' } },
        };
      }
    }
  }
}

/**
 * The OpenAPI document integrators generate clients from (API.md, Conventions): operationIds are the handlers' own
 * names (`bookAppointment`), enums and unions are named schemas, and the finishing passes add what every operation
 * shares (see `finishDocument`). `now` dates the examples that must lie in the future.
 */
export function buildOpenApiDocument(app: INestApplication, now: Date = new Date()): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Clinic Booking API')
    .setDescription(
      "Book medical appointments, run a doctor's day and keep medical records. Errors always answer with " +
        '`ErrorResponse`; lists with `{ data, meta }`. Real-time events: Socket.IO namespace `/notifications`, ' +
        'described by the AsyncAPI document at `/docs/asyncapi.json`.',
    )
    .setVersion('1.0')
    .setLicense('Proprietary', '')
    .addServer('/', 'The deployment serving this document (local, staging or production)', undefined, {
      'x-internal': false,
    })
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: BEARER_DESCRIPTION })
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key', description: API_KEY_DESCRIPTION }, API_KEY_SCHEME);
  for (const [name, description] of API_TAGS) {
    builder.addTag(name, description);
  }
  const document = SwaggerModule.createDocument(app, builder.build(), {
    operationIdFactory: (_controller: string, method: string) => method,
    extraModels: EXTRA_MODELS,
  });
  finishDocument(document, [NOTIFICATION_SCHEMA, REGISTER_REQUEST_SCHEMA, ...FHIR_SCHEMAS]);
  answerFhirErrorsAsOutcomes(document);
  applyExamples(document, now);
  return document;
}
