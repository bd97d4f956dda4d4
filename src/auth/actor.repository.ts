import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryPrepared } from '../database/prepared';
import type { ActorRow } from './actor-cache';

/** The one read behind every authenticated request: the caller's row and the ids of their profiles. */
@Injectable()
export class ActorRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A prepared statement (see `queryPrepared`): it runs on every request the cache cannot answer. */
  async findRow(userId: string): Promise<ActorRow | undefined> {
    const rows = await queryPrepared<ActorRow>(
      this.dataSource.manager,
      `SELECT u.id, u.role, u.is_active, u.token_version, p.id AS patient_id, d.id AS doctor_id
         FROM users u
         LEFT JOIN patients p ON p.user_id = u.id
         LEFT JOIN doctors d ON d.user_id = u.id
        WHERE u.id = $1`,
      [userId],
    );
    return rows[0];
  }
}
