import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MedicalRecordStatus } from '@app/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { MedicalRecordEntity } from './medical-record.entity';

export type NewMedicalRecord = Pick<
  MedicalRecordEntity,
  'patientId' | 'doctorId' | 'appointmentId' | 'diagnosis' | 'icd10Code' | 'notes' | 'prescriptions' | 'status'
>;

/**
 * Medical records of a patient, and the one fact about appointments they depend on (whether a doctor has one with
 * the patient), read from the `appointments` table directly.
 */
@Injectable()
export class MedicalRecordsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction; its manager is what the other methods take to join it. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Newest first, one page, with the total. */
  findPage(
    patientId: string,
    status: MedicalRecordStatus | undefined,
    offset: number,
    limit: number,
  ): Promise<[MedicalRecordEntity[], number]> {
    const qb = this.dataSource
      .getRepository(MedicalRecordEntity)
      .createQueryBuilder('r')
      .where('r.patient_id = :patientId', { patientId });
    if (status) {
      qb.andWhere('r.status = :status', { status });
    }
    return qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').offset(offset).limit(limit).getManyAndCount();
  }

  /** A record of this patient; null when the patient has no record with this id. */
  findOne(
    patientId: string,
    recordId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<MedicalRecordEntity | null> {
    return em.findOne(MedicalRecordEntity, { where: { id: recordId, patientId } });
  }

  create(record: NewMedicalRecord, em: EntityManager): Promise<MedicalRecordEntity> {
    return em.getRepository(MedicalRecordEntity).save(record);
  }

  async update(
    recordId: string,
    changes: QueryDeepPartialEntity<MedicalRecordEntity>,
    em: EntityManager,
  ): Promise<void> {
    await em.update(MedicalRecordEntity, { id: recordId }, changes);
  }

  /** Whether this patient has a non-deleted appointment with this id with this doctor (any status). */
  async hasSharedAppointment(
    appointmentId: string,
    patientId: string,
    doctorId: string,
    em: EntityManager,
  ): Promise<boolean> {
    // A deleted appointment has disappeared from every list, so it is not one to cite either.
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM appointments
        WHERE id = $1 AND patient_id = $2 AND doctor_id = $3 AND deleted_at IS NULL
        LIMIT 1`,
      [appointmentId, patientId, doctorId],
    );
    return rows.length > 0;
  }
}
