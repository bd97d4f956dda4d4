import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PatientSort } from '@app/contracts';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { patientScope } from '../access/access-scope';
import type { Actor } from '../auth/actor';
import { likePattern, trigramNarrows } from '../common/sql/like-pattern';
import { patientOrderOf } from './patient-sort';
import { PatientEntity } from './patient.entity';
import type { NewPatientProfile } from './patient-profiles';

interface SearchTotal {
  search_total: string;
}

export interface PatientFilter {
  search?: string;
  sort: PatientSort;
}

/**
 * Patient reads, always through `patientScope`: a single read is the list query with `p.id = :id`, so what a caller
 * may list and what they may open cannot disagree. Each patient comes with its user (one join, no N+1).
 */
@Injectable()
export class PatientsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates the patient profile of a new user, inside the registration's transaction. */
  createProfile(em: EntityManager, row: NewPatientProfile): Promise<PatientEntity> {
    return em.getRepository(PatientEntity).save(row);
  }

  /** Runs `work` in one transaction; its manager is what the other methods take to join it. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private visible(actor: Actor, em: EntityManager = this.dataSource.manager): SelectQueryBuilder<PatientEntity> {
    const scope = patientScope(actor, 'p');
    return em.createQueryBuilder(PatientEntity, 'p').innerJoinAndSelect('p.user', 'u').where(scope.sql, scope.params);
  }

  /** Whether the actor may see this patient: the same scoped query, without loading the row. */
  isVisible(actor: Actor, id: string): Promise<boolean> {
    const scope = patientScope(actor, 'p');
    return this.dataSource
      .createQueryBuilder(PatientEntity, 'p')
      .where('p.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getExists();
  }

  findVisible(actor: Actor, id: string, em?: EntityManager): Promise<PatientEntity | null> {
    return this.visible(actor, em).andWhere('p.id = :id', { id }).getOne();
  }

  async findVisiblePage(
    actor: Actor,
    filter: PatientFilter,
    offset: number,
    limit: number,
  ): Promise<[PatientEntity[], number]> {
    const qb = this.visible(actor);
    if (filter.search) {
      const term = likePattern(filter.search);
      // The scope still limits the patients, so a doctor only finds diagnoses of patients they may see.
      if (trigramNarrows(filter.search)) {
        // The patients whose name or email matches, and those with a matching diagnosis, found through each column's
        // trigram index (migration `SearchTrigramIndexes`): each column is read on its own table, which an OR across
        // the join would not allow.
        qb.andWhere(
          `p.id IN (
             SELECT search_p.id FROM patients search_p JOIN users search_u ON search_u.id = search_p.user_id
              WHERE search_u.full_name ILIKE :term OR search_u.email ILIKE :term
             UNION ALL
             SELECT search_r.patient_id FROM medical_records search_r WHERE search_r.diagnosis ILIKE :term)`,
          { term },
        );
      } else {
        // Too short for the indexes: one read of the patients, each checked in place.
        qb.andWhere(
          `(u.full_name ILIKE :term OR u.email ILIKE :term OR EXISTS (
             SELECT 1 FROM medical_records search_r WHERE search_r.patient_id = p.id AND search_r.diagnosis ILIKE :term))`,
          { term },
        );
      }
    }
    const order = patientOrderOf(filter.sort);
    const counted = qb.clone();
    qb.orderBy(order.expression, order.direction).addOrderBy('p.id', 'ASC').offset(offset).limit(limit);
    if (!filter.search) {
      // The whole list: the count reads an index, and the page can stop after its rows.
      return [await qb.getMany(), await counted.getCount()];
    }
    // A search reads every match anyway (through the indexes, or the table for a short term), so the page carries the
    // count of all matches: the indexes are read once, not once for the count and once more for the page.
    const { entities, raw } = await qb.addSelect('count(*) OVER ()', 'search_total').getRawAndEntities<SearchTotal>();
    if (entities.length > 0) {
      return [entities, Number(raw[0].search_total)];
    }
    // Past the last match (or none): no row carries the count.
    return [entities, offset === 0 ? 0 : await counted.getCount()];
  }

  async updateProfile(id: string, changes: QueryDeepPartialEntity<PatientEntity>, em: EntityManager): Promise<void> {
    await em.update(PatientEntity, { id }, changes);
  }
}
