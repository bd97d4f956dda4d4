import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { TimeOffEntity } from './time-off.entity';

export type NewTimeOff = Pick<TimeOffEntity, 'doctorId' | 'startsAt' | 'endsAt' | 'reason'>;

/** Bounds of a time off list: `from`/`to` keep the time off that overlaps the range. */
export interface TimeOffRange {
  from?: Date;
  to?: Date;
}

/** Periods a doctor does not work. */
@Injectable()
export class DoctorTimeOffRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction; its manager is what the writes take to join it. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  create(em: EntityManager, timeOff: NewTimeOff): Promise<TimeOffEntity> {
    return em.getRepository(TimeOffEntity).save(timeOff);
  }

  /** In start order, one page, with the total. */
  findPage(doctorId: string, range: TimeOffRange, offset: number, limit: number): Promise<[TimeOffEntity[], number]> {
    const qb = this.dataSource
      .getRepository(TimeOffEntity)
      .createQueryBuilder('t')
      .where('t.doctor_id = :doctorId', { doctorId });
    if (range.from) {
      qb.andWhere('t.ends_at > :from', { from: range.from });
    }
    if (range.to) {
      qb.andWhere('t.starts_at < :to', { to: range.to });
    }
    return qb.orderBy('t.starts_at', 'ASC').addOrderBy('t.id', 'ASC').offset(offset).limit(limit).getManyAndCount();
  }

  /** The time off of this doctor that was deleted, or null when there was none. */
  async remove(
    em: EntityManager,
    doctorId: string,
    timeOffId: string,
  ): Promise<{ startsAt: Date; endsAt: Date } | null> {
    const rows: { starts_at: Date; ends_at: Date }[] = await em.query(
      // Wrapped in a SELECT: TypeORM answers a bare DELETE with [rows, count].
      `WITH gone AS (DELETE FROM doctor_time_off WHERE id = $1 AND doctor_id = $2 RETURNING starts_at, ends_at)
       SELECT * FROM gone`,
      [timeOffId, doctorId],
    );
    return rows[0] ? { startsAt: new Date(rows[0].starts_at), endsAt: new Date(rows[0].ends_at) } : null;
  }
}
