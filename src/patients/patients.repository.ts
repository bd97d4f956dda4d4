import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PatientSort } from '@app/contracts';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { patientScope } from '../access/access-scope';
import type { Actor } from '../auth/actor';
import { countedPage, totalOfPage, type PageTotal } from '../common/sql/counted-page';
import { likePattern, trigramNarrows } from '../common/sql/like-pattern';
import { patientOrderOf, type PatientOrder } from './patient-sort';
import { PatientEntity } from './patient.entity';
import type { NewPatientProfile } from './patient-profiles';

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
    const order = patientOrderOf(filter.sort);
    if (filter.search && trigramNarrows(filter.search)) {
      return this.findIndexedSearchPage(actor, likePattern(filter.search), order, offset, limit);
    }
    const qb = this.visible(actor);
    if (filter.search) {
      // Too short for the trigram indexes: one read of the patients, each checked in place. The scope still limits
      // the patients, so a doctor only finds diagnoses of patients they may see.
      qb.andWhere(
        `(u.full_name ILIKE :term OR u.email ILIKE :term OR EXISTS (
           SELECT 1 FROM medical_records search_r WHERE search_r.patient_id = p.id AND search_r.diagnosis ILIKE :term))`,
        { term: likePattern(filter.search) },
      );
    }
    const counted = qb.clone();
    qb.orderBy(order.expression, order.direction).addOrderBy('p.id', 'ASC').offset(offset).limit(limit);
    if (!filter.search) {
      // The whole list: the count reads an index, and the page can stop after its rows.
      return [await qb.getMany(), await counted.getCount()];
    }
    // The search reads every patient anyway, so the page carries the count of all matches (one read, not two).
    const { entities, total } = await countedPage(qb, counted, offset);
    return [entities, total];
  }

  /**
   * A search through the trigram indexes (migration `SearchTrigramIndexes`): the patients whose name or email matches
   * and those with a matching diagnosis, as a UNION of two scoped reads, so that each is planned on its own table's
   * statistics and index (an OR across the join allows neither, and an `IN` over a UNION ALL is guessed at 200 rows,
   * which sent a term matching every patient through 100,000 key lookups). The page of matches, with the count of
   * all of them, is joined back to the patients in the same statement.
   */
  private async findIndexedSearchPage(
    actor: Actor,
    term: string,
    order: PatientOrder,
    offset: number,
    limit: number,
  ): Promise<[PatientEntity[], number]> {
    const matches = [
      '(u.full_name ILIKE :term OR u.email ILIKE :term)',
      'p.id IN (SELECT search_r.patient_id FROM medical_records search_r WHERE search_r.diagnosis ILIKE :term)',
    ]
      .map((match) =>
        this.visible(actor).select('p.id', 'id').addSelect(order.expression, 'sort_key').andWhere(match).getQuery(),
      )
      .join(' UNION ');
    const { entities, raw } = await this.visible(actor)
      .innerJoin(
        `(SELECT m.id, m.sort_key, count(*) OVER () AS total FROM (${matches}) m
           ORDER BY m.sort_key ${order.direction}, m.id ASC OFFSET :offset LIMIT :limit)`,
        'search_page',
        'search_page.id = p.id',
      )
      .addSelect('search_page.total', 'page_total')
      .setParameters({ term, offset, limit })
      .orderBy('search_page.sort_key', order.direction)
      .addOrderBy('p.id', 'ASC')
      .getRawAndEntities<PageTotal>();
    const total = await totalOfPage(raw, offset, async () => {
      const counted = await this.dataSource
        .createQueryBuilder()
        .select('count(*)', 'n')
        .from(`(${matches})`, 'm')
        .setParameters({ ...patientScope(actor, 'p').params, term })
        .getRawOne<{ n: string }>();
      return Number(counted?.n ?? 0);
    });
    return [entities, total];
  }

  async updateProfile(id: string, changes: QueryDeepPartialEntity<PatientEntity>, em: EntityManager): Promise<void> {
    await em.update(PatientEntity, { id }, changes);
  }
}
