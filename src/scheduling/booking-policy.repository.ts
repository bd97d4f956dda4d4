import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BookingPolicy } from '@app/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The policy of a `doctor_booking_policies` alias as one JSON object in the API's shape, or NULL when the doctor has
 * none stored (then the defaults apply: `policyOrDefault`). The booking's facts statement reads it this way too.
 */
export function policyJsonSql(alias: string): string {
  return `CASE WHEN ${alias}.doctor_id IS NULL THEN NULL ELSE json_build_object(
            'bufferBeforeMinutes', ${alias}.buffer_before_minutes,
            'bufferAfterMinutes', ${alias}.buffer_after_minutes,
            'minimumNoticeMinutes', ${alias}.minimum_notice_minutes,
            'bookingHorizonDays', ${alias}.booking_horizon_days,
            'cancellationWindowHours', ${alias}.cancellation_window_hours,
            'autoConfirm', ${alias}.auto_confirm) END`;
}

/** A doctor's booking rules (one row per doctor, none until the doctor or an admin sets them). */
@Injectable()
export class BookingPolicyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `found: false` when there is no such doctor; `policy: null` when the doctor has none stored. */
  async find(
    doctorId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<{ found: boolean; policy: BookingPolicy | null }> {
    const rows: { policy: BookingPolicy | null }[] = await em.query(
      `SELECT ${policyJsonSql('bp')} AS policy
         FROM doctors d LEFT JOIN doctor_booking_policies bp ON bp.doctor_id = d.id
        WHERE d.id = $1`,
      [doctorId],
    );
    return rows.length === 0 ? { found: false, policy: null } : { found: true, policy: rows[0].policy };
  }

  /** The stored policies of several doctors at once (doctors without one are absent from the map). */
  async findMany(doctorIds: readonly string[]): Promise<Map<string, BookingPolicy>> {
    if (doctorIds.length === 0) {
      return new Map();
    }
    const rows: { doctor_id: string; policy: BookingPolicy }[] = await this.dataSource.query(
      `SELECT bp.doctor_id, ${policyJsonSql('bp')} AS policy
         FROM doctor_booking_policies bp WHERE bp.doctor_id = ANY($1::uuid[])`,
      [doctorIds],
    );
    return new Map(rows.map((row) => [row.doctor_id, row.policy]));
  }

  /** Stores the whole policy (insert or replace). */
  async replace(em: EntityManager, doctorId: string, policy: BookingPolicy): Promise<void> {
    await em.query(
      `INSERT INTO doctor_booking_policies (doctor_id, buffer_before_minutes, buffer_after_minutes,
                                            minimum_notice_minutes, booking_horizon_days, cancellation_window_hours,
                                            auto_confirm, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (doctor_id) DO UPDATE SET
         buffer_before_minutes = EXCLUDED.buffer_before_minutes, buffer_after_minutes = EXCLUDED.buffer_after_minutes,
         minimum_notice_minutes = EXCLUDED.minimum_notice_minutes, booking_horizon_days = EXCLUDED.booking_horizon_days,
         cancellation_window_hours = EXCLUDED.cancellation_window_hours, auto_confirm = EXCLUDED.auto_confirm,
         updated_at = now()`,
      [
        doctorId,
        policy.bufferBeforeMinutes,
        policy.bufferAfterMinutes,
        policy.minimumNoticeMinutes,
        policy.bookingHorizonDays,
        policy.cancellationWindowHours,
        policy.autoConfirm,
      ],
    );
  }
}
