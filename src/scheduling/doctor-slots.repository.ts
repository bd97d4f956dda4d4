import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APPOINTMENT_DURATION, BOOKING_POLICY_LIMITS, type BookingPolicy, type DoctorStatus } from '@app/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { likePattern } from '../common/sql/like-pattern';
import { queryPrepared } from '../database/prepared';
import { blockedOverlapsSql, heldRangeSql, holdsSlotSql, liveHoldSql } from '../database/slot-holding';
import { policyJsonSql } from './booking-policy.repository';
import { parseWeeklyHours, type WeeklyBlock } from './working-hours';

/** A period in which the doctor cannot take a new appointment. */
export interface BusyPeriod {
  startsAt: Date;
  endsAt: Date;
}

/** What occupies each doctor's time in a range, by doctor id. */
export interface BusyTimes {
  /** Time off overlapping the range (bare: a slot may not overlap it). */
  timeOff: Map<string, BusyPeriod[]>;
  /** The ranges slot-holding appointments block (buffers included), overlapping the widened range. */
  booked: Map<string, BusyPeriod[]>;
  /** The ranges other patients' live holds block, overlapping the widened range. */
  held: Map<string, BusyPeriod[]>;
  /** The asking patient's own appointments overlapping the range (with any doctor). */
  own: BusyPeriod[];
}

/** A doctor `GET /slots` may offer, with everything its slots are computed from. */
export interface SlotCandidate {
  id: string;
  fullName: string;
  specialization: string;
  isOnline: boolean;
  status: DoctorStatus;
  timezone: string;
  /** Shared by every candidate with the same hours (read-only). */
  blocks: readonly WeeklyBlock[];
  /** The same for every candidate with the same zone and weekly blocks, so they can share one grid of starts. */
  hoursKey: string;
  policy: BookingPolicy | null;
}

export interface SlotCandidateFilter {
  specialization?: string;
  search?: string;
  onlineOnly: boolean;
}

/** Most doctors of a clinic share a few sets of hours: each distinct text is parsed once per read. */
function sharedBlocksOf(hours: string, parsed: Map<string, readonly WeeklyBlock[]>): readonly WeeklyBlock[] {
  let blocks = parsed.get(hours);
  if (!blocks) {
    blocks = parseWeeklyHours(hours);
    parsed.set(hours, blocks);
  }
  return blocks;
}

const MINUTE_MS = 60_000;
/** An appointment that blocks time in a range started at most this long before the range (longest + buffer). */
const LONGEST_BLOCK_MS = (APPOINTMENT_DURATION.max + BOOKING_POLICY_LIMITS.bufferBeforeMinutes.max) * MINUTE_MS;
/** Candidates read at once for `GET /slots`: the directory of one specialization is at most this long. */
export const MAX_SLOT_CANDIDATES = 2000;

function byDoctor(rows: { doctor_id: string; starts_at: Date; ends_at: Date }[]): Map<string, BusyPeriod[]> {
  const map = new Map<string, BusyPeriod[]>();
  for (const row of rows) {
    const list = map.get(row.doctor_id) ?? [];
    list.push({ startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) });
    map.set(row.doctor_id, list);
  }
  return map;
}

/**
 * What occupies doctors' time in a range, for one doctor or many at once: three indexed reads whatever the number of
 * doctors (time off, appointments through `ix_appointments_doctor_starts`, holds through their range index).
 */
@Injectable()
export class DoctorSlotsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * In one statement, for `doctorIds`: time off overlapping [since, until); the blocked ranges of slot-holding
   * appointments and of live holds (not `patientId`'s own) overlapping [blockedSince, blockedUntil) (the range
   * widened by the largest buffers); and `patientId`'s own appointments overlapping [since, until) (for a patient).
   * Inside a transaction (a job's), pass its `em`.
   */
  async findBusy(
    doctorIds: readonly string[],
    range: { since: Date; until: Date; blockedSince: Date; blockedUntil: Date },
    patientId: string | null,
    em: EntityManager = this.dataSource.manager,
  ): Promise<BusyTimes> {
    const rows = await queryPrepared<{
      kind: 'off' | 'booked' | 'held' | 'own';
      doctor_id: string;
      starts_at: Date;
      ends_at: Date;
    }>(
      em,
      `SELECT 'off' AS kind, t.doctor_id, t.starts_at, t.ends_at FROM doctor_time_off t
          WHERE t.doctor_id = ANY($1::uuid[]) AND t.starts_at < $3 AND t.ends_at > $2
         UNION ALL
         SELECT 'booked', a.doctor_id, COALESCE(a.blocked_from, a.starts_at), COALESCE(a.blocked_to, a.ends_at)
           FROM appointments a
          WHERE a.doctor_id = ANY($1::uuid[]) AND a.starts_at > $5 AND a.starts_at < $6
            AND ${blockedOverlapsSql('a', '$4', '$6')} AND ${holdsSlotSql('a')}
         UNION ALL
         SELECT 'held', h.doctor_id, h.blocked_from, h.blocked_to FROM appointment_holds h
          WHERE h.doctor_id = ANY($1::uuid[]) AND ${heldRangeSql('h')} && tstzrange($4, $6, '[)')
            AND ${liveHoldSql('h')} AND h.patient_id IS DISTINCT FROM $7::uuid
         UNION ALL
         SELECT 'own', a.doctor_id, a.starts_at, a.ends_at FROM appointments a
          WHERE a.patient_id = $7::uuid AND a.starts_at > $8 AND a.starts_at < $3 AND a.ends_at > $2
            AND ${holdsSlotSql('a')}`,
      [
        [...doctorIds],
        range.since,
        range.until,
        range.blockedSince,
        new Date(range.blockedSince.getTime() - LONGEST_BLOCK_MS),
        range.blockedUntil,
        patientId,
        new Date(range.since.getTime() - APPOINTMENT_DURATION.max * MINUTE_MS),
      ],
    );
    const pick = (kind: string) => byDoctor(rows.filter((row) => row.kind === kind));
    const own = rows
      .filter((row) => row.kind === 'own')
      .map((row) => ({ startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) }));
    return { timeOff: pick('off'), booked: pick('booked'), held: pick('held'), own };
  }

  /**
   * Bookable doctors (active account, at least one working block) matching the filter, with their hours, zone,
   * presence and policy: one statement.
   */
  async findCandidates(filter: SlotCandidateFilter): Promise<SlotCandidate[]> {
    const where = ['u.is_active', 'd.weekly_hours IS NOT NULL'];
    const params: unknown[] = [];
    if (filter.specialization) {
      params.push(filter.specialization);
      where.push(`lower(d.specialization) = lower($${params.length})`);
    }
    if (filter.search) {
      params.push(likePattern(filter.search));
      where.push(`(u.full_name ILIKE $${params.length} OR d.license_number ILIKE $${params.length})`);
    }
    if (filter.onlineOnly) {
      where.push(`d.is_online AND d.preferred_status = 'online'`);
    }
    const rows = await queryPrepared<{
      id: string;
      full_name: string;
      specialization: string;
      is_online: boolean;
      preferred_status: 'online' | 'busy';
      timezone: string;
      hours: string;
      policy: BookingPolicy | null;
    }>(
      this.dataSource.manager,
      // The hours come off the doctor's row (`weekly_hours`, kept by the database from their blocks). Each doctor's
      // user is one primary-key lookup (`OFFSET 0` keeps the subquery from becoming a join): with a filter on the
      // user's name and none on the specialization, PostgreSQL priced a hash join over every user (100,000 at the
      // bench's 5x: 17-40 ms) below a lookup per doctor (1,000 of them: about 1 ms).
      `SELECT d.id, u.full_name, d.specialization, d.is_online, d.preferred_status, d.timezone,
              d.weekly_hours AS hours, ${policyJsonSql('bp')} AS policy
         FROM doctors d
         CROSS JOIN LATERAL (SELECT du.full_name, du.is_active FROM users du WHERE du.id = d.user_id OFFSET 0) u
         LEFT JOIN doctor_booking_policies bp ON bp.doctor_id = d.id
        WHERE ${where.join(' AND ')}
        ORDER BY d.id
        LIMIT ${MAX_SLOT_CANDIDATES}`,
      params,
    );
    const parsed = new Map<string, readonly WeeklyBlock[]>();
    return rows.map((row) => ({
      id: row.id,
      fullName: row.full_name,
      specialization: row.specialization,
      isOnline: row.is_online,
      status: row.is_online ? row.preferred_status : 'offline',
      timezone: row.timezone,
      blocks: sharedBlocksOf(row.hours, parsed),
      hoursKey: `${row.timezone} ${row.hours}`,
      policy: row.policy,
    }));
  }
}
