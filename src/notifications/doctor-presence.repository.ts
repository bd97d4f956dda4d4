import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DoctorPresence, SettableDoctorStatus } from '@app/contracts';
import { DataSource } from 'typeorm';
import { doctorStatusOf } from '../doctors/doctor.mapper';

interface PresenceRow {
  id: string;
  is_online: boolean;
  preferred_status: SettableDoctorStatus;
  last_seen_at: Date | null;
}

/** UPDATE … RETURNING answers `[rows, count]` through TypeORM's postgres driver. */
const PRESENCE_COLUMNS = 'id, is_online, preferred_status, last_seen_at';

/** `status` is `offline` while no socket is connected, else the status the doctor chose. */
export function toDoctorPresence(row: PresenceRow): DoctorPresence {
  return {
    doctorId: row.id,
    isOnline: row.is_online,
    status: doctorStatusOf({ isOnline: row.is_online, preferredStatus: row.preferred_status }),
    lastSeenAt: row.last_seen_at ? row.last_seen_at.toISOString() : null,
  };
}

/** The presence columns of `doctors`. Presence changes leave `updated_at` alone: they are not profile edits. */
@Injectable()
export class DoctorPresenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(doctorId: string): Promise<DoctorPresence | null> {
    const rows: PresenceRow[] = await this.dataSource.query(`SELECT ${PRESENCE_COLUMNS} FROM doctors WHERE id = $1`, [
      doctorId,
    ]);
    return rows[0] ? toDoctorPresence(rows[0]) : null;
  }

  /** Writes the flag only when it changes and answers the new presence then, else null (nothing to announce). */
  async setOnline(doctorId: string, online: boolean): Promise<DoctorPresence | null> {
    const [rows]: [PresenceRow[], number] = await this.dataSource.query(
      `UPDATE doctors SET is_online = $2, last_seen_at = now()
        WHERE id = $1 AND is_online <> $2
        RETURNING ${PRESENCE_COLUMNS}`,
      [doctorId, online],
    );
    return rows[0] ? toDoctorPresence(rows[0]) : null;
  }

  /** Stores the chosen status; `changed` is false when it already was that, `presence` null for no such doctor. */
  async setPreferredStatus(
    doctorId: string,
    status: SettableDoctorStatus,
  ): Promise<{ presence: DoctorPresence | null; changed: boolean }> {
    const [rows]: [PresenceRow[], number] = await this.dataSource.query(
      `UPDATE doctors SET preferred_status = $2
        WHERE id = $1 AND preferred_status <> $2
        RETURNING ${PRESENCE_COLUMNS}`,
      [doctorId, status],
    );
    if (rows[0]) {
      return { presence: toDoctorPresence(rows[0]), changed: true };
    }
    return { presence: await this.find(doctorId), changed: false };
  }

  /**
   * Clears `is_online` left behind by a process that died: every doctor without a live socket, except those
   * changed since `since` (another instance may have brought them online while this one started).
   */
  async resetStale(liveDoctorIds: string[], since: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE doctors SET is_online = false
        WHERE is_online AND NOT (id = ANY($1::uuid[])) AND (last_seen_at IS NULL OR last_seen_at < $2)`,
      [liveDoctorIds, since],
    );
  }
}
