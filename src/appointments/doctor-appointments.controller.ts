import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { UuidParam } from '../common/http/uuid-param';
import { AppointmentQueriesService } from './appointment-queries.service';
import { AvailabilityExplainService } from './availability-explain.service';
import { AvailabilityExplanationDto, ExplainAvailabilityQueryDto } from './dto/hold.dto';
import { AppointmentPageDto } from './dto/appointment.dto';
import { ListAppointmentsQueryDto } from './dto/list-appointments.dto';

@ApiTags('appointments')
@Controller('doctors')
export class DoctorAppointmentsController {
  constructor(
    private readonly queries: AppointmentQueriesService,
    private readonly explanations: AvailabilityExplainService,
  ) {}

  /**
   * Why the caller can or cannot book [`startsAt`, `startsAt` + `durationMinutes`) with this doctor right now (any
   * role; each caller's own rules: a patient's notice, horizon, own appointments and booking limit). `available` is
   * true exactly when `reasons` is empty and the caller's booking of that interval would then succeed. A `BOOKED`
   * reason never names the other patient. 404 `DOCTOR_NOT_FOUND`.
   */
  @ApiOperation({ summary: 'Explain whether a time can be booked' })
  @Get(':id/availability/explain')
  @Auth({ scope: 'doctors:read' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`DOCTOR_NOT_FOUND`' })
  explainAvailability(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @Query() query: ExplainAvailabilityQueryDto,
  ): Promise<AvailabilityExplanationDto> {
    return this.explanations.explain(actor, id, new Date(query.startsAt), query.durationMinutes);
  }

  /**
   * One doctor's appointments, with the filters of `GET /appointments` and the caller's visibility on top: the
   * doctor themself and admin see all of them, a patient only their own with this doctor, another doctor none
   * (an empty page). Unknown doctor → 404 `DOCTOR_NOT_FOUND`.
   */
  @ApiOperation({ summary: 'List a doctor’s appointments' })
  @Get(':id/appointments')
  @Auth({ scope: 'appointments:read' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`DOCTOR_NOT_FOUND`' })
  listDoctorAppointments(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @Query() query: ListAppointmentsQueryDto,
  ): Promise<AppointmentPageDto> {
    return this.queries.listDoctorAppointments(actor, id, query);
  }
}
