import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { AppointmentQueriesService } from '../../src/appointments/appointment-queries.service';
import { AccessPolicy } from '../../src/access/access-policy';
import { AppointmentsRepository } from '../../src/appointments/appointments.repository';
import { DoctorsRepository } from '../../src/doctors/doctors.repository';
import { PatientsRepository } from '../../src/patients/patients.repository';
import type { AuditService } from '../../src/audit/audit.service';
import { ListAppointmentsQueryDto } from '../../src/appointments/dto/list-appointments.dto';
import type { Actor } from '../../src/auth/actor';
import { AppointmentEntity } from '../../src/appointments/appointment.entity';
import { DoctorEntity } from '../../src/doctors/doctor.entity';
import { TimeOffEntity } from '../../src/scheduling/time-off.entity';
import { WorkingHoursEntity } from '../../src/scheduling/working-hours.entity';
import { PatientEntity } from '../../src/patients/patient.entity';
import { UserEntity } from '../../src/users/user.entity';
import { SnakeNamingStrategy } from '../../src/database/snake-naming.strategy';
import { DoctorScheduleRepository } from '../../src/scheduling/doctor-schedule.repository';
import { DoctorSlotsRepository } from '../../src/scheduling/doctor-slots.repository';
import { DoctorSlotsService } from '../../src/scheduling/doctor-slots.service';
import { FreeSlotsQueryDto } from '../../src/scheduling/dto/slots.dto';

interface CapturedQuery {
  sql: string;
  parameters: unknown[];
}

export interface ExplainedQuery {
  sql: string;
  plan: string;
  /** The plan's scan nodes in one line, e.g. "Index Scan using ix_appointments_doctor_starts on appointments a". */
  scans: string[];
  /** True when some table is read whole (a Seq Scan): the mark of a missing or unusable index. */
  sequentialScan: boolean;
}

/** Records what TypeORM sends, so the plans below are those of the app's own queries, not a hand-written copy. */
class CapturingLogger implements Logger {
  readonly queries: CapturedQuery[] = [];
  capturing = false;

  logQuery(query: string, parameters?: unknown[]): void {
    // Only the reads: any transaction bookkeeping around them has no plan.
    if (this.capturing && /^\s*(SELECT|WITH)\b/i.test(query)) {
      this.queries.push({ sql: query, parameters: parameters ?? [] });
    }
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

async function explain(dataSource: DataSource, query: CapturedQuery): Promise<ExplainedQuery> {
  const rows: { 'QUERY PLAN': string }[] = await dataSource.query(
    `EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`,
    query.parameters,
  );
  const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
  const scans = plan
    .split('\n')
    .map((line) => line.replace(/^[\s->]+/, '').replace(/\s+\(cost=.*$/, ''))
    .filter((line) => /Scan/.test(line));
  return { sql: query.sql, plan, scans, sequentialScan: scans.some((scan) => scan.startsWith('Seq Scan')) };
}

export interface ListPlans {
  /** The two statements of `GET /appointments?from&to` for one doctor's week (page, then count). */
  appointmentList: ExplainedQuery[];
  /** The statements of `GET /doctors/:id/slots` for 7 days. */
  freeSlots: ExplainedQuery[];
}

/**
 * Runs the app's own list and free-slot services (the code behind the two routes) against the bench database with
 * a capturing logger, then EXPLAIN ANALYZEs every statement they issued, with the same parameters.
 */
export async function explainListQueries(
  databaseUrl: string,
  doctorId: string,
  week: { from: Date; to: Date },
  slots: { from: Date; to: Date },
): Promise<ListPlans> {
  const logger = new CapturingLogger();
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl,
    // The entities the two reads map (each feature registers its own in the app).
    entities: [AppointmentEntity, DoctorEntity, WorkingHoursEntity, TimeOffEntity, PatientEntity, UserEntity],
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    poolSize: 1,
    logging: ['query'],
    logger,
  });
  await dataSource.initialize();
  try {
    const doctor: Actor = { userId: '', role: 'doctor', patientId: null, doctorId };
    const listQuery = Object.assign(new ListAppointmentsQueryDto(), {
      from: week.from.toISOString(),
      to: week.to.toISOString(),
      page: 1,
      limit: 100,
      sort: 'startsAt',
    });
    logger.capturing = true;
    // A list records no audit rows, so the policy's audit log is never reached here.
    const access = new AccessPolicy({} as AuditService);
    await new AppointmentQueriesService(
      new AppointmentsRepository(dataSource),
      access,
      new PatientsRepository(dataSource),
      new DoctorsRepository(dataSource),
    ).listAppointments(doctor, listQuery);
    const listStatements = logger.queries.splice(0);
    const slotsQuery = Object.assign(new FreeSlotsQueryDto(), {
      from: slots.from.toISOString(),
      to: slots.to.toISOString(),
      durationMinutes: 30,
    });
    await new DoctorSlotsService(
      new DoctorScheduleRepository(dataSource),
      new DoctorSlotsRepository(dataSource),
    ).findFreeSlots(doctor, doctorId, slotsQuery);
    const slotStatements = logger.queries.splice(0);
    logger.capturing = false;
    const appointmentList: ExplainedQuery[] = [];
    for (const statement of listStatements) {
      appointmentList.push(await explain(dataSource, statement));
    }
    const freeSlots: ExplainedQuery[] = [];
    for (const statement of slotStatements) {
      freeSlots.push(await explain(dataSource, statement));
    }
    return { appointmentList, freeSlots };
  } finally {
    await dataSource.destroy();
  }
}
