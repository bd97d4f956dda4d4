import { Injectable } from '@nestjs/common';
import { pageOf, type MedicalRecord, type Page } from '@app/contracts';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Actor } from '../auth/actor';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { AccessPolicy, notFound } from '../access/access-policy';
import { offsetOf } from '../common/http/pagination.dto';
import type {
  CreateMedicalRecordDto,
  ListMedicalRecordsQueryDto,
  UpdateMedicalRecordDto,
} from './dto/medical-records.dto';
import { toMedicalRecordResponse } from './medical-record.mapper';
import type { MedicalRecordEntity } from './medical-record.entity';
import { MedicalRecordsRepository } from './medical-records.repository';
import { PatientsRepository } from './patients.repository';

/**
 * Medical records: readable by whoever may see the patient, written only by doctors who have (or had) an appointment
 * with them, edited only by their author, never deleted. Every read and write is audited, refusals included.
 */
@Injectable()
export class MedicalRecordsService {
  constructor(
    private readonly records: MedicalRecordsRepository,
    private readonly patients: PatientsRepository,
    private readonly audit: AuditService,
    private readonly access: AccessPolicy,
  ) {}

  /** Newest first. One audit row per call, none per record. */
  async listRecords(
    actor: Actor,
    patientId: string,
    query: ListMedicalRecordsQueryDto,
    requestId: string,
  ): Promise<Page<MedicalRecord>> {
    const entry: AuditEntry = { actor, requestId, action: 'record.list', patientId };
    return this.access.audited(entry, async () => {
      this.access.requireFound(actor, 'record.read', await this.patients.findVisible(actor, patientId), {});
      const [rows, total] = await this.records.findPage(patientId, query.status, offsetOf(query), query.limit);
      await this.audit.record(entry, 'allowed');
      return pageOf(rows.map(toMedicalRecordResponse), total, query.page, query.limit);
    });
  }

  async getRecord(actor: Actor, patientId: string, recordId: string, requestId: string): Promise<MedicalRecord> {
    const entry: AuditEntry = { actor, requestId, action: 'record.read', patientId, recordId };
    return this.access.audited(entry, async () => {
      this.access.requireFound(actor, 'record.read', await this.patients.findVisible(actor, patientId), {});
      const record = await this.findRecord(patientId, recordId);
      await this.audit.record(entry, 'allowed');
      return toMedicalRecordResponse(record);
    });
  }

  /**
   * Only a doctor who has (or had) an appointment with the patient: admin and patients get 403, a doctor without
   * one 404 (they may not see the patient). An `appointmentId` must name a non-deleted appointment of this patient
   * with the calling doctor, else 404 `APPOINTMENT_NOT_FOUND` — the same answer whether it exists elsewhere or not.
   */
  async createRecord(
    actor: Actor,
    patientId: string,
    dto: CreateMedicalRecordDto,
    requestId: string,
  ): Promise<MedicalRecord> {
    const entry: AuditEntry = { actor, requestId, action: 'record.create', patientId };
    return this.access.audited(entry, () =>
      this.records.transaction(async (em) => {
        const visible = (await this.patients.findVisible(actor, patientId, em)) !== null;
        this.access.require(actor, 'record.create', { visible });
        const doctorId = this.access.doctorIdOf(actor);
        if (dto.appointmentId) {
          await this.requireSharedAppointment(dto.appointmentId, patientId, doctorId, em);
        }
        const record = await this.records.create(
          {
            patientId,
            doctorId,
            appointmentId: dto.appointmentId ?? null,
            diagnosis: dto.diagnosis,
            icd10Code: dto.icd10Code ?? null,
            notes: dto.notes ?? null,
            prescriptions: dto.prescriptions ?? [],
            status: dto.status ?? 'active',
          },
          em,
        );
        await this.audit.record({ ...entry, recordId: record.id }, 'allowed', em);
        return toMedicalRecordResponse(await this.findRecord(patientId, record.id, em));
      }),
    );
  }

  /** Only the author doctor; others who may see the patient get 403, anyone else 404. */
  async updateRecord(
    actor: Actor,
    patientId: string,
    recordId: string,
    dto: UpdateMedicalRecordDto,
    requestId: string,
  ): Promise<MedicalRecord> {
    const entry: AuditEntry = { actor, requestId, action: 'record.update', patientId, recordId };
    return this.access.audited(entry, () =>
      this.records.transaction(async (em) => {
        this.access.requireFound(actor, 'record.read', await this.patients.findVisible(actor, patientId, em), {});
        const record = await this.findRecord(patientId, recordId, em);
        this.access.require(actor, 'record.edit', { authorDoctorId: record.doctorId });
        const changes = recordChanges(dto);
        if (Object.keys(changes).length > 0) {
          await this.records.update(recordId, changes, em);
        }
        await this.audit.record(entry, 'allowed', em);
        return toMedicalRecordResponse(await this.findRecord(patientId, recordId, em));
      }),
    );
  }

  /** A record of this patient (the caller's right to see the patient is checked before). */
  private async findRecord(patientId: string, recordId: string, em?: EntityManager): Promise<MedicalRecordEntity> {
    const record = await this.records.findOne(patientId, recordId, em);
    if (!record) {
      throw notFound('record');
    }
    return record;
  }

  private async requireSharedAppointment(
    appointmentId: string,
    patientId: string,
    doctorId: string,
    em: EntityManager,
  ): Promise<void> {
    if (!(await this.records.hasSharedAppointment(appointmentId, patientId, doctorId, em))) {
      throw notFound('appointment');
    }
  }
}

/** `undefined` keeps a field, `null` clears `icd10Code` or `notes` (the DTO refuses null elsewhere). */
function recordChanges(dto: UpdateMedicalRecordDto): QueryDeepPartialEntity<MedicalRecordEntity> {
  const changes: QueryDeepPartialEntity<MedicalRecordEntity> = {};
  if (dto.diagnosis !== undefined) {
    changes.diagnosis = dto.diagnosis;
  }
  if (dto.icd10Code !== undefined) {
    changes.icd10Code = dto.icd10Code;
  }
  if (dto.notes !== undefined) {
    changes.notes = dto.notes;
  }
  if (dto.prescriptions !== undefined) {
    changes.prescriptions = dto.prescriptions;
  }
  if (dto.status !== undefined) {
    changes.status = dto.status;
  }
  return changes;
}
