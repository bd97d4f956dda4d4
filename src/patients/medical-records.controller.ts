import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { RequestId } from '../common/http/request-id.decorator';
import { UuidParam } from '../common/http/uuid-param';
import {
  CreateMedicalRecordDto,
  ListMedicalRecordsQueryDto,
  MedicalRecordDto,
  MedicalRecordPageDto,
  UpdateMedicalRecordDto,
} from './dto/medical-records.dto';
import { MedicalRecordsService } from './medical-records.service';

/** Health data is never hard-deleted, so there is no DELETE route. */
@ApiTags('medical records')
@Controller('patients/:id/records')
export class MedicalRecordsController {
  constructor(private readonly records: MedicalRecordsService) {}

  /**
   * A patient's medical records, newest first, optionally by `status`. Same access as the patient: anyone who may
   * not see them gets 404 `PATIENT_NOT_FOUND`. One audit row per call.
   */
  @ApiOperation({ summary: 'List a patient’s medical records' })
  @Get()
  @Auth({ scope: 'patients:read' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`PATIENT_NOT_FOUND`' })
  listMedicalRecords(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @Query() query: ListMedicalRecordsQueryDto,
    @RequestId() requestId: string,
  ): Promise<MedicalRecordPageDto> {
    return this.records.listRecords(actor, id, query, requestId);
  }

  /**
   * One medical record. Same access as the patient (404 `PATIENT_NOT_FOUND`); a record that is not this patient's
   * → 404 `RECORD_NOT_FOUND`. Audited, refusals included.
   */
  @ApiOperation({ summary: 'Get a medical record' })
  @Get(':recordId')
  @Auth({ scope: 'patients:read' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`PATIENT_NOT_FOUND` or `RECORD_NOT_FOUND`' })
  getMedicalRecord(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('recordId') recordId: string,
    @RequestId() requestId: string,
  ): Promise<MedicalRecordDto> {
    return this.records.getRecord(actor, id, recordId, requestId);
  }

  /**
   * Adds a medical record, authored by the calling doctor, who must have or have had an appointment with the
   * patient. Admins and patients get 403 `FORBIDDEN`; a doctor without an appointment with the patient 404
   * `PATIENT_NOT_FOUND`. `appointmentId`, when given, must be an appointment of this patient with the calling doctor,
   * else 404 `APPOINTMENT_NOT_FOUND`. A malformed `icd10Code` → 400. Audited in the same transaction.
   */
  @ApiOperation({ summary: 'Add a medical record' })
  @Post()
  @Auth()
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`PATIENT_NOT_FOUND` or `APPOINTMENT_NOT_FOUND`' })
  @ApiForbiddenResponse({ description: 'Only doctors may add medical records', type: ErrorResponseDto })
  createMedicalRecord(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @Body() dto: CreateMedicalRecordDto,
    @RequestId() requestId: string,
  ): Promise<MedicalRecordDto> {
    return this.records.createRecord(actor, id, dto, requestId);
  }

  /**
   * Edits a medical record: only its author. Others who may see the patient get 403 `FORBIDDEN`; anyone else 404
   * `PATIENT_NOT_FOUND`; a record that is not this patient's 404 `RECORD_NOT_FOUND`. Audited in the same transaction.
   */
  @ApiOperation({ summary: 'Edit a medical record' })
  @Patch(':recordId')
  @Auth()
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`PATIENT_NOT_FOUND` or `RECORD_NOT_FOUND`' })
  @ApiForbiddenResponse({ description: 'Only the author of the record', type: ErrorResponseDto })
  updateMedicalRecord(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('recordId') recordId: string,
    @Body() dto: UpdateMedicalRecordDto,
    @RequestId() requestId: string,
  ): Promise<MedicalRecordDto> {
    return this.records.updateRecord(actor, id, recordId, dto, requestId);
  }
}
