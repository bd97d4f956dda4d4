import { Injectable } from '@nestjs/common';
import { pageOf, type Page, type Patient } from '@app/contracts';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Actor } from '../auth/actor';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { AccessPolicy, notFound } from '../access/access-policy';
import { offsetOf } from '../common/http/pagination.dto';
import type { ListPatientsQueryDto, UpdatePatientDto } from './dto/patients.dto';
import { toPatientResponse } from './patient.mapper';
import type { PatientEntity } from './patient.entity';
import { PatientsRepository } from './patients.repository';
import { accountChanges } from '../users/account-fields';
import { UsersRepository } from '../users/users.repository';

/** Patient profiles. Every read and write is audited, refusals included. */
@Injectable()
export class PatientsService {
  constructor(
    private readonly patients: PatientsRepository,
    private readonly audit: AuditService,
    private readonly access: AccessPolicy,
    private readonly users: UsersRepository,
  ) {}

  /** Admin: all patients; doctor: their patients; patient: 403. One audit row per call, none per item. */
  async listPatients(actor: Actor, query: ListPatientsQueryDto, requestId: string): Promise<Page<Patient>> {
    const entry: AuditEntry = { actor, requestId, action: 'patient.list', patientId: null };
    return this.access.audited(entry, async () => {
      this.access.require(actor, 'patient.list', {});
      const [rows, total] = await this.patients.findVisiblePage(actor, query, offsetOf(query), query.limit);
      await this.audit.record(entry, 'allowed');
      return pageOf(rows.map(toPatientResponse), total, query.page, query.limit);
    });
  }

  async getMyPatient(actor: Actor, requestId: string): Promise<Patient> {
    if (!actor.patientId) {
      throw notFound('patient');
    }
    return this.getPatient(actor, actor.patientId, requestId);
  }

  /** Visible per `patientScope`; anyone else gets 404, never a hint that the patient exists. */
  async getPatient(actor: Actor, id: string, requestId: string): Promise<Patient> {
    const entry: AuditEntry = { actor, requestId, action: 'patient.read', patientId: id };
    return this.access.audited(entry, async () => {
      const patient = this.access.requireFound(actor, 'patient.read', await this.patients.findVisible(actor, id), {});
      await this.audit.record(entry, 'allowed');
      return toPatientResponse(patient);
    });
  }

  /** The patient themself or admin; a doctor who may see the patient gets 403, anyone else 404. */
  async updatePatient(actor: Actor, id: string, dto: UpdatePatientDto, requestId: string): Promise<Patient> {
    const entry: AuditEntry = { actor, requestId, action: 'patient.update', patientId: id };
    return this.access.audited(entry, () =>
      this.patients.transaction(async (em) => {
        const patient = this.access.requireFound(
          actor,
          'patient.edit',
          await this.patients.findVisible(actor, id, em),
          {},
        );
        const account = accountChanges(dto);
        if (Object.keys(account).length > 0) {
          await this.users.update(patient.userId, account, em);
        }
        const profile = profileChanges(dto);
        if (Object.keys(profile).length > 0) {
          await this.patients.updateProfile(id, profile, em);
        }
        await this.audit.record(entry, 'allowed', em);
        const updated = await this.patients.findVisible(actor, id, em);
        return toPatientResponse(this.access.requireFound(actor, 'patient.read', updated, {}));
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
