import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { UuidParam } from '../common/http/uuid-param';
import { AppointmentQueriesService } from './appointment-queries.service';
import { AppointmentPageDto } from './dto/appointment.dto';
import { ListAppointmentsQueryDto } from './dto/list-appointments.dto';

@ApiTags('appointments')
@Controller('patients')
export class PatientAppointmentsController {
  constructor(private readonly queries: AppointmentQueriesService) {}

  /**
   * One patient's appointments, with the filters of `GET /appointments` and the caller's visibility on top (a
   * doctor sees only their own appointments with the patient). A patient the caller may not see (another patient;
   * for a doctor, one without an appointment with them) → 404 `PATIENT_NOT_FOUND`.
   */
  @ApiOperation({ summary: 'List a patient’s appointments' })
  @Get(':id/appointments')
  @Auth({ scope: 'appointments:read' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`PATIENT_NOT_FOUND`' })
  listPatientAppointments(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @Query() query: ListAppointmentsQueryDto,
  ): Promise<AppointmentPageDto> {
    return this.queries.listPatientAppointments(actor, id, query);
  }
}
