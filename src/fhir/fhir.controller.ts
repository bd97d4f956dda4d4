import { Controller, Get, Header, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type {
  Appointment,
  Bundle,
  CapabilityStatement,
  Patient,
  Practitioner,
  Schedule,
  Slot,
} from '@medplum/fhirtypes';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser, Public } from '../auth/auth.decorators';
import { FHIR_BASE_PATH, FHIR_CONTENT_TYPE } from '../common/errors/operation-outcome';
import { RequestId } from '../common/http/request-id.decorator';
import { UuidParam } from '../common/http/uuid-param';
import { capabilityStatement } from './capability-statement';
import { AppointmentSearchDto, ScheduleSearchDto, SlotSearchDto } from './dto/fhir-search.dto';
import { searchsetBundle } from './fhir-resources';
import { FhirService } from './fhir.service';

/** A documented FHIR answer: `application/fhir+json` with the named schema. */
const fhirAnswer = (schema: string, description: string) =>
  ApiOkResponse({ description, content: { 'application/fhir+json': { schema: { $ref: getSchemaPath(schema) } } } });

/** The server's base (`https://host/api/v1/fhir/R4`) and the search as asked, for a Bundle's links. */
function searchOf(request: FastifyRequest): { base: string; url: URL } {
  const origin = `${request.protocol}://${request.host}`;
  return { base: `${origin}${FHIR_BASE_PATH}`, url: new URL(request.url, origin) };
}

/**
 * FHIR R4, read-only (API.md, Integrations): the same visibility as the REST routes, every answer in
 * `application/fhir+json`, errors as OperationOutcomes with the REST status codes (the global filter answers them for
 * every path under the FHIR base).
 */
@ApiTags('fhir')
@ApiProduces('application/fhir+json')
@Controller('fhir/R4')
export class FhirController {
  constructor(private readonly fhir: FhirService) {}

  /** What this server offers: the resources, their interactions and search parameters. No token needed. */
  @ApiOperation({ summary: 'Read the FHIR CapabilityStatement' })
  @fhirAnswer('FhirCapabilityStatement', 'The CapabilityStatement')
  @Get('metadata')
  @Public()
  @Header('Content-Type', FHIR_CONTENT_TYPE)
  readFhirCapabilities(): CapabilityStatement {
    return capabilityStatement();
  }

  /** One appointment its patient, its doctor or an admin may see; anyone else 404 (OperationOutcome `not-found`). */
  @ApiOperation({ summary: 'Read a FHIR Appointment' })
  @fhirAnswer('FhirAppointment', 'The Appointment')
  @Get('Appointment/:id')
  @Auth({ scope: 'fhir:read' })
  @Header('Content-Type', FHIR_CONTENT_TYPE)
  readFhirAppointment(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<Appointment> {
    return this.fhir.readAppointment(actor, id);
  }

  /**
   * The appointments the caller may see (a patient their own, a doctor theirs, an admin all), earliest start first, as
   * a `searchset` Bundle paged by `_count` with a `next` link. Naming a patient or doctor the caller may not see finds
   * nothing (an empty Bundle), as a REST list does. Unknown parameters answer 400.
   */
  @ApiOperation({ summary: 'Search FHIR Appointments' })
  @fhirAnswer('FhirAppointmentBundle', 'A searchset Bundle of Appointments')
  @Get('Appointment')
  @Auth({ scope: 'fhir:read' })
  @Header('Content-Type', FHIR_CONTENT_TYPE)
  async searchFhirAppointments(
    @CurrentUser() actor: Actor,
    @Query() query: AppointmentSearchDto,
    @Req() request: FastifyRequest,
  ): Promise<Bundle<Appointment>> {
    const { base, url } = searchOf(request);
    return searchsetBundle(await this.fhir.searchAppointments(actor, query), base, url);
  }

  /** A patient the caller may see (themself; a doctor’s patients; admin all), audited like `GET /patients/:id`. */
  @ApiOperation({ summary: 'Read a FHIR Patient' })
  @fhirAnswer('FhirPatient', 'The Patient')
  @Get('Patient/:id')
  @Auth({ scope: 'fhir:read' })
  @Header('Content-Type', FHIR_CONTENT_TYPE)
  readFhirPatient(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @RequestId() requestId: string,
  ): Promise<Patient> {
    return this.fhir.readPatient(actor, id, requestId);
  }

  /** A doctor, for any signed-in caller (the directory is public to them). */
  @ApiOperation({ summary: 'Read a FHIR Practitioner' })
  @fhirAnswer('FhirPractitioner', 'The Practitioner')
  @Get('Practitioner/:id')
  @Auth({ scope: 'fhir:read' })
  @Header('Content-Type', FHIR_CONTENT_TYPE)
  readFhirPractitioner(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<Practitioner> {
    return this.fhir.readPractitioner(actor, id);
  }

  /** The doctor’s one Schedule (its id is the doctor’s), with the weekly hours; an unknown doctor finds nothing. */
  @ApiOperation({ summary: 'Search FHIR Schedules' })
  @fhirAnswer('FhirScheduleBundle', 'A searchset Bundle with the doctor’s Schedule, or empty')
  @Get('Schedule')
  @Auth({ scope: 'fhir:read' })
  @Header('Content-Type', FHIR_CONTENT_TYPE)
  async searchFhirSchedules(
    @CurrentUser() actor: Actor,
    @Query() query: ScheduleSearchDto,
    @Req() request: FastifyRequest,
  ): Promise<Bundle<Schedule>> {
    const { base, url } = searchOf(request);
    return searchsetBundle(await this.fhir.searchSchedules(actor, query), base, url);
  }

  /**
   * Free 30-minute slots of the schedule’s doctor for the caller who asks, exactly as `GET /doctors/:id/slots` answers
   * them (a patient’s notice, horizon and own appointments included). `start` as for appointments’ `date`.
   */
  @ApiOperation({ summary: 'Search free FHIR Slots' })
  @fhirAnswer('FhirSlotBundle', 'A searchset Bundle of free Slots')
  @Get('Slot')
  @Auth({ scope: 'fhir:read' })
  @Header('Content-Type', FHIR_CONTENT_TYPE)
  async searchFhirSlots(
    @CurrentUser() actor: Actor,
    @Query() query: SlotSearchDto,
    @Req() request: FastifyRequest,
  ): Promise<Bundle<Slot>> {
    const { base, url } = searchOf(request);
    return searchsetBundle(await this.fhir.searchSlots(actor, query), base, url);
  }
}
