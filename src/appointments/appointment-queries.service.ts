import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APPOINTMENT_DURATION, pageOf, type Appointment, type Page } from '@app/contracts';
import { DataSource } from 'typeorm';
import { appointmentScope, patientScope } from '../access/access-scope';
import type { Actor } from '../auth/actor';
import { NotFoundError, ValidationError } from '../common/errors/app-error';
import { offsetOf } from '../common/http/pagination.dto';
import { DoctorEntity } from '../doctors/doctor.entity';
import { PatientEntity } from '../patients/patient.entity';
import { toAppointmentResponse } from './appointment.mapper';
import { loadAppointment, loadAppointmentPage } from './appointment-reads';
import type { ListAppointmentsQueryDto } from './dto/list-appointments.dto';

/** Filters a route fixes from its path (`/patients/:id/appointments`, `/doctors/:id/appointments`). */
interface FixedFilter {
  patientId?: string;
  doctorId?: string;
}

@Injectable()
export class AppointmentQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's appointments: a patient their own, a doctor their own, admin all (`appointmentScope`). */
  async listAppointments(
    actor: Actor,
    query: ListAppointmentsQueryDto,
    fixed: FixedFilter = {},
  ): Promise<Page<Appointment>> {
    if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to)) {
      throw new ValidationError([{ field: 'to', message: 'to must be after from' }]);
    }
    const scope = appointmentScope(actor, 'a');
    const conditions: string[] = [scope.sql];
    const params: Record<string, unknown> = { ...scope.params };
    const where = (condition: string, values: Record<string, unknown>) => {
      conditions.push(condition);
      Object.assign(params, values);
    };
    const equalities = {
      filterPatientId: ['patient_id', query.patientId],
      filterDoctorId: ['doctor_id', query.doctorId],
      pathPatientId: ['patient_id', fixed.patientId],
      pathDoctorId: ['doctor_id', fixed.doctorId],
    } as const;
    for (const [param, [column, value]] of Object.entries(equalities)) {
      if (value !== undefined) {
        where(`a.${column} = :${param}`, { [param]: value });
      }
    }
    if (query.status && query.status.length > 0) {
      where('a.status IN (:...statuses)', { statuses: query.status });
    }
    // Half-open overlap with [from, to): an appointment ending exactly at `from` is outside.
    // The extra bound on starts_at (no appointment is longer than the longest duration) lets the
    // (doctor_id, starts_at) / (patient_id, starts_at) indexes bound the scan instead of reading the whole history.
    if (query.from) {
      const from = new Date(query.from);
      where('a.ends_at > :rangeFrom AND a.starts_at > :rangeFromEarliest', {
        rangeFrom: from,
        rangeFromEarliest: new Date(from.getTime() - APPOINTMENT_DURATION.max * 60_000),
      });
    }
    if (query.to) {
      where('a.starts_at < :rangeTo', { rangeTo: new Date(query.to) });
    }
    const { rows, total } = await loadAppointmentPage(this.dataSource.manager, {
      conditions,
      params,
      direction: query.sort === '-startsAt' ? 'DESC' : 'ASC',
      limit: query.limit,
      offset: offsetOf(query),
    });
    return pageOf(rows.map(toAppointmentResponse), total, query.page, query.limit);
  }

  /**
   * One patient's appointments, under the caller's scope. A patient the caller may not see (`patientScope`: another
   * patient, or a doctor's non-patient) answers 404 `PATIENT_NOT_FOUND`, as `GET /patients/:id` does.
   */
  async listPatientAppointments(
    actor: Actor,
    patientId: string,
    query: ListAppointmentsQueryDto,
  ): Promise<Page<Appointment>> {
    const scope = patientScope(actor, 'p');
    const visible = await this.dataSource
      .createQueryBuilder(PatientEntity, 'p')
      .where('p.id = :patientId', { patientId })
      .andWhere(scope.sql, scope.params)
      .getExists();
    if (!visible) {
      throw new NotFoundError('PATIENT_NOT_FOUND', 'Patient not found');
    }
    return this.listAppointments(actor, query, { patientId });
  }

  /**
   * One doctor's appointments, under the caller's scope: doctors are public, so an unknown doctor is 404
   * `DOCTOR_NOT_FOUND`, while appointments the caller may not see are simply not in the page.
   */
  async listDoctorAppointments(
    actor: Actor,
    doctorId: string,
    query: ListAppointmentsQueryDto,
  ): Promise<Page<Appointment>> {
    const exists = await this.dataSource.getRepository(DoctorEntity).existsBy({ id: doctorId });
    if (!exists) {
      throw new NotFoundError('DOCTOR_NOT_FOUND', 'Doctor not found');
    }
    return this.listAppointments(actor, query, { doctorId });
  }

  /** Its patient, its doctor or admin; anyone else gets 404 (never a hint it exists). */
  async getAppointment(actor: Actor, id: string): Promise<Appointment> {
    return toAppointmentResponse(await loadAppointment(this.dataSource.manager, id, actor));
  }
}
