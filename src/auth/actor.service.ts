import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@app/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import type { AccessTokenPayload, Actor } from './actor';

interface ActorRow {
  id: string;
  role: Role;
  is_active: boolean;
  token_version: number;
  patient_id: string | null;
  doctor_id: string | null;
}

/** Turns a verified access token into the caller, refusing deactivated users and superseded tokens. */
@Injectable()
export class ActorService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async actorFor(payload: AccessTokenPayload): Promise<Actor> {
    const rows: ActorRow[] = await this.dataSource.query(
      `SELECT u.id, u.role, u.is_active, u.token_version, p.id AS patient_id, d.id AS doctor_id
         FROM users u
         LEFT JOIN patients p ON p.user_id = u.id
         LEFT JOIN doctors d ON d.user_id = u.id
        WHERE u.id = $1`,
      [payload.sub],
    );
    const row = rows[0];
    // A deactivated account, a changed password or a changed role all retire earlier tokens.
    if (!row || !row.is_active || row.token_version !== payload.ver || row.role !== payload.role) {
      throw new AppError('UNAUTHORIZED', 'Missing or invalid access token');
    }
    return { userId: row.id, role: row.role, patientId: row.patient_id, doctorId: row.doctor_id };
  }
}
