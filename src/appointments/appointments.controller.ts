import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { LimitBookingChurn } from '../common/throttling/booking-churn.guard';
import { UuidParam } from '../common/http/uuid-param';
import {
  CurrentRequestMeta,
  IDEMPOTENCY_KEY_HEADER,
  IdempotencyKey,
  KeyedRequest,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  sendKeyed,
  type RequestMeta,
} from '../idempotency/keyed-request';
import {
  AppointmentBookingService,
  BOOKING_ROUTE,
  bookingRequestOf,
  hashedBookingRequest,
} from './appointment-booking.service';
import { AppointmentEditingService } from './appointment-editing.service';
import { AppointmentQueriesService } from './appointment-queries.service';
import { AppointmentStatusService } from './appointment-status.service';
import { describeTransitions } from './appointment-transitions';
import { AppointmentDto, AppointmentPageDto } from './dto/appointment.dto';
import { BookAppointmentDto } from './dto/book-appointment.dto';
import { ChangeAppointmentStatusDto } from './dto/change-status.dto';
import { ListAppointmentsQueryDto } from './dto/list-appointments.dto';
import { UpdateAppointmentDto } from './dto/update-appointment.dto';

@ApiTags('appointments')
@Controller('appointments')
export class AppointmentsController {
  constructor(
    private readonly booking: AppointmentBookingService,
    private readonly queries: AppointmentQueriesService,
    private readonly status: AppointmentStatusService,
    private readonly editing: AppointmentEditingService,
  ) {}

  /**
   * Books an appointment (status `pending`). A patient books for themself (another `patientId` → 403); a doctor
   * only with themself as `doctorId` (else 403) and must give `patientId` (else 400); an admin any pair
   * (`patientId` required). Unknown or deactivated doctor or patient → 404 `DOCTOR_NOT_FOUND` /
   * `PATIENT_NOT_FOUND`; start in the past → 422 `START_IN_PAST`; outside working hours or in time off → 422
   * `OUTSIDE_WORKING_HOURS`; overlap with a non-cancelled appointment of the doctor or the patient → 409
   * `APPOINTMENT_CONFLICT` (enforced by the database); more than the allowed upcoming pending/confirmed
   * appointments of the patient → 422 `BOOKING_LIMIT_REACHED`. With `Idempotency-Key`, a repeat by the same user
   * within 24 h answers the first answer again (status and body, errors included; server errors are not kept);
   * another body with the key → 422 `IDEMPOTENCY_KEY_REUSED`; the key while its first request runs → 409
   * `IDEMPOTENCY_KEY_IN_USE`, whatever the body (the first request's answer is not known yet, so neither is whether
   * the bodies would be compared against a stored answer; retry later to get the 422 or the replay). The parties'
   * notifications are stored with the booking; `appointment.created` is sent to their sockets after commit.
   */
  @ApiOperation({ summary: 'Book an appointment' })
  @Post()
  @ApiForbiddenResponse({
    type: ErrorResponseDto,
    description: 'A patient booking for another patient, a doctor for another doctor',
  })
  @LimitBookingChurn()
  @Auth({ scope: 'appointments:write' })
  @ApiHeader({
    name: IDEMPOTENCY_KEY_HEADER,
    required: false,
    description: 'Up to 255 characters, scoped to the caller; makes retries safe for 24 h.',
    schema: { type: 'string', minLength: 1, maxLength: MAX_IDEMPOTENCY_KEY_LENGTH },
  })
  @ApiCreatedResponse({ type: AppointmentDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`DOCTOR_NOT_FOUND`, `PATIENT_NOT_FOUND`' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`APPOINTMENT_CONFLICT`, `IDEMPOTENCY_KEY_IN_USE`' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseDto,
    description: '`START_IN_PAST`, `OUTSIDE_WORKING_HOURS`, `BOOKING_LIMIT_REACHED`, `IDEMPOTENCY_KEY_REUSED`',
  })
  async bookAppointment(
    @CurrentUser() actor: Actor,
    @Body() dto: BookAppointmentDto,
    @IdempotencyKey() idempotencyKey: string | null,
    @CurrentRequestMeta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const request = bookingRequestOf(dto);
    const claim =
      idempotencyKey === null
        ? null
        : new KeyedRequest(actor.userId, idempotencyKey, BOOKING_ROUTE, hashedBookingRequest(request), meta);
    return sendKeyed(reply, 201, claim, (keyed) => this.booking.bookAppointment(actor, request, keyed));
  }

  /**
   * Lists appointments the caller may see (a patient their own, a doctor their own, admin all), filtered by
   * statuses, doctor, patient and a [from, to) range they overlap; sorted by `startsAt` (default) or `-startsAt`.
   * `to` not after `from` → 400.
   */
  @ApiOperation({ summary: 'List appointments' })
  @Get()
  @Auth({ scope: 'appointments:read' })
  listAppointments(@CurrentUser() actor: Actor, @Query() query: ListAppointmentsQueryDto): Promise<AppointmentPageDto> {
    return this.queries.listAppointments(actor, query);
  }

  /** One appointment: its patient, its doctor or admin; anyone else → 404 `APPOINTMENT_NOT_FOUND`. */
  @ApiOperation({ summary: 'Get an appointment' })
  @Get(':id')
  @Auth({ scope: 'appointments:read' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`APPOINTMENT_NOT_FOUND`' })
  getAppointment(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<AppointmentDto> {
    return this.queries.getAppointment(actor, id);
  }

  /**
   * Reschedules or edits a `pending` or `confirmed` appointment (its patient, its doctor or admin); any other
   * status → 409 `INVALID_STATUS_TRANSITION`. A new time follows the booking rules: 422 `START_IN_PAST`, 422
   * `OUTSIDE_WORKING_HOURS`, 409 `APPOINTMENT_CONFLICT`. `notes` only by the appointment's doctor (patient or
   * admin → 403). Publishes `appointment.updated` with the changed field names, when anything changed.
   */
  @ApiOperation({ summary: 'Reschedule or edit an appointment' })
  @Patch(':id')
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: '`notes` from anyone but the appointment’s doctor' })
  @LimitBookingChurn()
  @Auth({ scope: 'appointments:write' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`APPOINTMENT_NOT_FOUND`' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`INVALID_STATUS_TRANSITION`, `APPOINTMENT_CONFLICT`' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: '`START_IN_PAST`, `OUTSIDE_WORKING_HOURS`' })
  updateAppointment(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @Body() dto: UpdateAppointmentDto,
  ): Promise<AppointmentDto> {
    return this.editing.updateAppointment(actor, id, dto);
  }

  /** Changes the status along the contract's table (see the description). */
  @Patch(':id/status')
  @LimitBookingChurn()
  @Auth({ scope: 'appointments:write' })
  @ApiOperation({ summary: 'Change an appointment’s status', description: describeTransitions() })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`APPOINTMENT_NOT_FOUND`' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`INVALID_STATUS_TRANSITION`' })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'A move the caller’s role may not make' })
  changeAppointmentStatus(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @Body() dto: ChangeAppointmentStatusDto,
  ): Promise<AppointmentDto> {
    return this.status.changeStatus(actor, id, dto);
  }

  /** Deletes an appointment (admin, soft): it leaves every list and read, and frees its slot. → 204. */
  @ApiOperation({ summary: 'Delete an appointment' })
  @Delete(':id')
  @HttpCode(204)
  @Auth({ roles: ['admin'] })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`APPOINTMENT_NOT_FOUND`' })
  deleteAppointment(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<void> {
    return this.editing.deleteAppointment(actor, id);
  }
}
