import { Injectable } from '@nestjs/common';
import { pageOf, type Page, type Patient } from '@app/contracts';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Actor } from '../auth/actor';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { ForbiddenError } from '../common/errors/app-error';
import { offsetOf } from '../common/http/pagination.dto';
import type { ListPatientsQueryDto, UpdatePatientDto } from './dto/patients.dto';
import { toPatientResponse } from './patient.mapper';
import type { PatientEntity } from './patient.entity';
import { patientNotFound, PatientsRepository } from './patients.repository';
import { accountChanges } from '../users/account-fields';

/** Patient profiles. Every read and write is audited, refusals included. */
@Injectable()
export class PatientsService {
  constructor(
    private readonly patients: PatientsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Admin: all patients; doctor: their patients; patient: 403. One audit row per call, none per item. */
  async listPatients(actor: Actor, query: ListPatientsQueryDto, requestId: string): Promise<Page<Patient>> {
    const entry: AuditEntry = { actor, requestId, action: 'patient.list', patientId: null };
    return this.audit.recordingDenials(entry, async () => {
      if (actor.role === 'patient') {
        throw new ForbiddenError('Patients cannot list patients');
      }
      const [rows, total] = await this.patients.findVisiblePage(actor, query, offsetOf(query), query.limit);
      await this.audit.record(entry, 'allowed');
      return pageOf(rows.map(toPatientResponse), total, query.page, query.limit);
    });
  }

  async getMyPatient(actor: Actor, requestId: string): Promise<Patient> {
    if (!actor.patientId) {
      throw patientNotFound();
    }
    return this.getPatient(actor, actor.patientId, requestId);
  }

  /** Visible per `patientScope`; anyone else gets 404, never a hint that the patient exists. */
  async getPatient(actor: Actor, id: string, requestId: string): Promise<Patient> {
    const entry: AuditEntry = { actor, requestId, action: 'patient.read', patientId: id };
    return this.audit.recordingDenials(entry, async () => {
      const patient = await this.patients.requireVisible(actor, id);
      await this.audit.record(entry, 'allowed');
      return toPatientResponse(patient);
    });
  }

  /** The patient themself or admin; a doctor who may see the patient gets 403, anyone else 404. */
  async updatePatient(actor: Actor, id: string, dto: UpdatePatientDto, requestId: string): Promise<Patient> {
    const entry: AuditEntry = { actor, requestId, action: 'patient.update', patientId: id };
    return this.audit.recordingDenials(entry, () =>
      this.patients.transaction(async (em) => {
        const patient = await this.patients.requireVisible(actor, id, em);
        if (actor.role === 'doctor') {
          throw new ForbiddenError('Only the patient or an admin may edit a patient profile');
        }
        const account = accountChanges(dto);
        if (Object.keys(account).length > 0) {
          await this.patients.updateAccount(patient.userId, account, em);
        }
        const profile = profileChanges(dto);
        if (Object.keys(profile).length > 0) {
          await this.patients.updateProfile(id, profile, em);
        }
        await this.audit.record(entry, 'allowed', em);
        return toPatientResponse(await this.patients.requireVisible(actor, id, em));
      }),
    );
  }
}

/** `undefined` keeps a field, `null` clears it. */
function profileChanges(dto: UpdatePatientDto): QueryDeepPartialEntity<PatientEntity> {
  const changes: QueryDeepPartialEntity<PatientEntity> = {};
  if (dto.dateOfBirth !== undefined) {
    changes.dateOfBirth = dto.dateOfBirth;
  }
  if (dto.gender !== undefined) {
    changes.gender = dto.gender;
  }
  if (dto.bloodType !== undefined) {
    changes.bloodType = dto.bloodType;
  }
  if (dto.allergies !== undefined) {
    changes.allergies = dto.allergies ?? [];
  }
  if (dto.address !== undefined) {
    changes.address = dto.address;
  }
  if (dto.emergencyContact !== undefined) {
    changes.emergencyContact = dto.emergencyContact ? { ...dto.emergencyContact } : null;
  }
  return changes;
}
