import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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

  create(timeOff: NewTimeOff): Promise<TimeOffEntity> {
    return this.dataSource.getRepository(TimeOffEntity).save(timeOff);
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

  /** Whether a time off of this doctor was deleted. */
  async remove(doctorId: string, timeOffId: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(TimeOffEntity).delete({ id: timeOffId, doctorId });
    return Boolean(result.affected);
  }
}
