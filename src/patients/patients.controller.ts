import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { RequestId } from '../common/http/request-id.decorator';
import { UuidParam } from '../common/http/uuid-param';
import { ListPatientsQueryDto, PatientDto, PatientPageDto, UpdatePatientDto } from './dto/patients.dto';
import { PatientsService } from './patients.service';

@ApiTags('patients')
@Controller('patients')
export class PatientsController {
  constructor(private readonly patients: PatientsService) {}

  /**
   * Lists patients: an admin sees all, a doctor only patients who have or had an appointment with them; a patient
   * gets 403 `FORBIDDEN`. `search` matches the name, the email or a diagnosis in one of the patient's records. Each
   * call is written to the audit log.
   */
  @ApiOperation({ summary: 'List patients' })
  @Get()
  @Auth({ scope: 'patients:read' })
  @ApiForbiddenResponse({ description: 'Patients may not list patients', type: ErrorResponseDto })
  listPatients(
    @CurrentUser() actor: Actor,
    @Query() query: ListPatientsQueryDto,
    @RequestId() requestId: string,
  ): Promise<PatientPageDto> {
    return this.patients.listPatients(actor, query, requestId);
  }

  /** The caller's own patient profile (patients only). Audited. */
  @ApiOperation({ summary: 'Get the caller’s patient profile' })
  @Get('me')
  @Auth({ roles: ['patient'] })
  getMyPatientProfile(@CurrentUser() actor: Actor, @RequestId() requestId: string): Promise<PatientDto> {
    return this.patients.getMyPatient(actor, requestId);
  }

  /**
   * One patient: the patient themself, a doctor they have or had an appointment with, or an admin; anyone else gets
   * 404 `PATIENT_NOT_FOUND`. Audited, refusals included.
   */
  @ApiOperation({ summary: 'Get a patient' })
  @Get(':id')
  @Auth({ scope: 'patients:read' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`PATIENT_NOT_FOUND`' })
  getPatient(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @RequestId() requestId: string,
  ): Promise<PatientDto> {
    return this.patients.getPatient(actor, id, requestId);
  }

  /**
   * Edits demographics and the account's name and phone: the patient themself or an admin. A doctor who may see the
   * patient gets 403 `FORBIDDEN`; anyone else 404 `PATIENT_NOT_FOUND`. Audited, refusals included.
   */
  @ApiOperation({ summary: 'Edit a patient' })
  @Patch(':id')
  @Auth()
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`PATIENT_NOT_FOUND`' })
  @ApiForbiddenResponse({ description: 'Only the patient or an admin', type: ErrorResponseDto })
  updatePatient(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @Body() dto: UpdatePatientDto,
    @RequestId() requestId: string,
  ): Promise<PatientDto> {
    return this.patients.updatePatient(actor, id, dto, requestId);
  }
}
