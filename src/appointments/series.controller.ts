import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
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
  AppointmentSeriesService,
  hashedSeriesRequest,
  SERIES_ROUTE,
  seriesRequestOf,
} from './appointment-series.service';
import { BookedSeriesDto, BookSeriesDto, CancelledSeriesDto, CancelSeriesDto } from './dto/series.dto';

@ApiTags('appointments')
@Controller('appointments/series')
export class SeriesController {
  constructor(private readonly series: AppointmentSeriesService) {}

  /**
   * Books a recurring series: `recurrence.count` occurrences (2..26), every `interval` (1..4) days or weeks, each an
   * ordinary appointment carrying the series' `seriesId`. Occurrences keep the first one's wall-clock time in the
   * doctor's time zone across daylight-saving changes (their UTC time moves by the change); a wall time a
   * spring-forward night skips moves forward by the gap (02:30 → 03:30), one a fall-back night has twice is the
   * earlier instant. Roles as for `POST /appointments` (a patient for themself, a doctor with themself naming the
   * patient, an admin naming the patient; else 403, or 400 without `patientId`). All or nothing, in one transaction:
   * when any occurrence cannot be booked, nothing is, and the answer lists every failing occurrence in `details`
   * (`{ occurrence, startsAt, code, message }`, `occurrence` counting from 1): 409 `APPOINTMENT_CONFLICT` when every
   * failure is an overlap (another appointment of the doctor or its buffers, the patient's own appointments,
   * another patient's hold), else 422 with the code of the first occurrence failing a rule (`START_IN_PAST`,
   * `OUTSIDE_WORKING_HOURS` (time off included), `BOOKING_NOTICE_TOO_SHORT`, `BOOKING_TOO_FAR_AHEAD`,
   * `BOOKING_LIMIT_REACHED`). A patient's series counts against `MAX_ACTIVE_BOOKINGS_PER_PATIENT` with their
   * upcoming appointments (the occurrences beyond the limit fail with `BOOKING_LIMIT_REACHED`); a series booked by a
   * doctor or an admin is exempt, as a course of treatment planned by the clinic. `Idempotency-Key` as for
   * `POST /appointments`. One `appointment.created` per occurrence (socket events and stored notifications alike).
   */
  @ApiOperation({ summary: 'Book a recurring series of appointments' })
  @Post()
  @LimitBookingChurn()
  @Auth({ scope: 'appointments:write' })
  @ApiHeader({
    name: IDEMPOTENCY_KEY_HEADER,
    required: false,
    description: 'Up to 255 characters, scoped to the caller; makes retries safe for 24 h.',
    schema: { type: 'string', minLength: 1, maxLength: MAX_IDEMPOTENCY_KEY_LENGTH },
  })
  @ApiCreatedResponse({ type: BookedSeriesDto })
  @ApiForbiddenResponse({
    type: ErrorResponseDto,
    description: 'A patient booking for another patient, a doctor for another doctor',
  })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`DOCTOR_NOT_FOUND`, `PATIENT_NOT_FOUND`' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: '`APPOINTMENT_CONFLICT` (with the failing occurrences in `details`), `IDEMPOTENCY_KEY_IN_USE`',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseDto,
    description:
      'The first rule an occurrence fails (`START_IN_PAST`, `OUTSIDE_WORKING_HOURS`, `BOOKING_NOTICE_TOO_SHORT`, ' +
      '`BOOKING_TOO_FAR_AHEAD`, `BOOKING_LIMIT_REACHED`) with every failing occurrence in `details`; ' +
      '`IDEMPOTENCY_KEY_REUSED`',
  })
  async bookSeries(
    @CurrentUser() actor: Actor,
    @Body() dto: BookSeriesDto,
    @IdempotencyKey() idempotencyKey: string | null,
    @CurrentRequestMeta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const request = seriesRequestOf(dto);
    const claim =
      idempotencyKey === null
        ? null
        : new KeyedRequest(actor.userId, idempotencyKey, SERIES_ROUTE, hashedSeriesRequest(request), meta);
    return sendKeyed(reply, 201, claim, (keyed) => this.series.bookSeries(actor, request, keyed));
  }

  /**
   * Cancels every `pending` or `confirmed` occurrence of the series starting at or after `from` (default now); the
   * others stay as they are. The same roles as cancelling one appointment (its patient, its doctor, an admin); a
   * patient cancelling inside the doctor's cancellation window marks those occurrences `lateCancellation`. Each
   * cancelled occurrence raises `appointment.status_changed`. Answers how many were cancelled (0 when none was
   * left). A series that does not exist or that the caller may not see → 404 `SERIES_NOT_FOUND`.
   */
  @ApiOperation({ summary: 'Cancel the rest of a recurring series' })
  @Post(':seriesId/cancel')
  @HttpCode(200)
  @LimitBookingChurn()
  @Auth({ scope: 'appointments:write' })
  @ApiOkResponse({ type: CancelledSeriesDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`SERIES_NOT_FOUND`' })
  cancelSeries(
    @CurrentUser() actor: Actor,
    @UuidParam('seriesId') seriesId: string,
    @Body() dto: CancelSeriesDto,
  ): Promise<CancelledSeriesDto> {
    return this.series.cancelSeries(actor, seriesId, dto);
  }
}
