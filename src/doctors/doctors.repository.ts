import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DoctorStatus, SpecializationCount } from '@app/contracts';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { likePattern } from '../common/sql/like-pattern';
import { DoctorEntity } from './doctor.entity';
import type { NewDoctorProfile } from './doctor-profiles';
import type { DoctorWithUser } from './doctor.mapper';

export const DOCTOR_SORTS = [
  'fullName',
  '-fullName',
  'yearsOfExperience',
  '-yearsOfExperience',
  'createdAt',
  '-createdAt',
] as const;
export type DoctorSort = (typeof DOCTOR_SORTS)[number];

const SORT_COLUMNS: Record<string, string> = {
  fullName: 'u.full_name',
  yearsOfExperience: 'd.years_of_experience',
  createdAt: 'd.created_at',
};

export interface DoctorFilter {
  specialization?: string;
  search?: string;
  isOnline?: boolean;
  status?: DoctorStatus;
  sort?: DoctorSort;
}

/** Most distinct specializations one answer lists; a clinic has a few dozen. */
const MAX_SPECIALIZATIONS = 500;

/** Doctor reads always come with their user (one join, never a query per doctor). */
@Injectable()
export class DoctorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates the doctor profile of a new user, inside the registration's transaction. */
  createProfile(em: EntityManager, row: NewDoctorProfile): Promise<DoctorEntity> {
    return em.getRepository(DoctorEntity).save(row);
  }

  /** Runs `work` in one transaction; its manager is what the other methods take to join it. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private base(em: EntityManager = this.dataSource.manager): SelectQueryBuilder<DoctorEntity> {
    return em.createQueryBuilder(DoctorEntity, 'd').innerJoinAndSelect('d.user', 'u');
  }

  findById(id: string, em?: EntityManager): Promise<DoctorWithUser | null> {
    return this.base(em).where('d.id = :id', { id }).getOne();
  }

  exists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(DoctorEntity).existsBy({ id });
  }

  /**
   * The doctor row (without its user), locked until the transaction of `em` ends (`FOR NO KEY UPDATE`: a profile
   * change does not hold up the bookings whose foreign key checks the row); null when there is none.
   */
  lockById(id: string, em: EntityManager): Promise<DoctorEntity | null> {
    return em.findOne(DoctorEntity, { where: { id }, lock: { mode: 'for_no_key_update' } });
  }

  async updateProfile(id: string, changes: Partial<DoctorEntity>, em: EntityManager): Promise<void> {
    await em.update(DoctorEntity, { id }, changes);
  }

  /** The directory: doctors whose account is active, filtered, sorted, one page. */
  async findPage(filter: DoctorFilter, offset: number, limit: number): Promise<[DoctorWithUser[], number]> {
    const qb = this.base().where('u.is_active = TRUE');
    if (filter.specialization) {
      // Served by ix_doctors_specialization_lower.
      qb.andWhere('lower(d.specialization) = lower(:specialization)', { specialization: filter.specialization });
    }
    if (filter.search) {
      qb.andWhere('(u.full_name ILIKE :term OR d.license_number ILIKE :term)', { term: likePattern(filter.search) });
    }
    if (filter.isOnline !== undefined) {
      qb.andWhere('d.is_online = :isOnline', { isOnline: filter.isOnline });
    }
    switch (filter.status) {
      case undefined:
        break;
      case 'offline':
        qb.andWhere('d.is_online = FALSE');
        break;
      case 'online':
      case 'busy':
        qb.andWhere('d.is_online = TRUE AND d.preferred_status = :status', { status: filter.status });
        break;
    }
    const total = await qb.clone().getCount();
    const sort = filter.sort ?? 'fullName';
    const descending = sort.startsWith('-');
    const column = SORT_COLUMNS[descending ? sort.slice(1) : sort];
    qb.orderBy(column, descending ? 'DESC' : 'ASC', 'NULLS LAST').addOrderBy('d.id', 'ASC');
    const rows = (await qb.offset(offset).limit(limit).getMany()) as DoctorWithUser[];
    return [rows, total];
  }

  /**
   * Active doctors per specialization. Spellings that differ only in case count as one (the list filter matches
   * case-insensitively too) and show the alphabetically first spelling.
   */
  async countBySpecialization(): Promise<SpecializationCount[]> {
    const rows: { specialization: string; count: string | number }[] = await this.dataSource.query(
      `SELECT min(d.specialization) AS specialization, count(*) AS count
         FROM doctors d
         JOIN users u ON u.id = d.user_id
        WHERE u.is_active
        GROUP BY lower(d.specialization)
        ORDER BY lower(d.specialization)
        LIMIT ${MAX_SPECIALIZATIONS}`,
    );
    return rows.map((row) => ({ specialization: row.specialization, count: Number(row.count) }));
  }
}
