import { Injectable } from '@nestjs/common';
import { pageOf, type Appointment, type AppointmentStatus, type Page } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { AccessPolicy, notFound } from '../access/access-policy';
import { ValidationError } from '../common/errors/app-error';
import { offsetOf } from '../common/http/pagination.dto';
import { DoctorsRepository } from '../doctors/doctors.repository';
import { PatientsRepository } from '../patients/patients.repository';
import { toAppointmentResponse } from './appointment.mapper';
import { AppointmentsRepository, type AppointmentFilter } from './appointments.repository';
import type { ListAppointmentsQueryDto } from './dto/list-appointments.dto';

/** A search by exact fields, start range and page (FHIR's `Appointment?`), under the caller's scope. */
export interface AppointmentSearch {
  patientId?: string;
  doctorId?: string;
  statuses?: AppointmentStatus[];
  /** The start in [startsFrom, startsBefore). */
  startsFrom?: Date;
  startsBefore?: Date;
  limit: number;
  offset: number;
}

/** Filters a route fixes from its path (`/patients/:id/appointments`, `/doctors/:id/appointments`). */
interface FixedFilter {
  patientId?: string;
  doctorId?: string;
}

@Injectable()
export class AppointmentQueriesService {
  constructor(
    private readonly appointments: AppointmentsRepository,
    private readonly access: AccessPolicy,
    private readonly patients: PatientsRepository,
    private readonly doctors: DoctorsRepository,
  ) {}

  /** The caller's appointments: a patient their own, a doctor their own, admin all (`appointmentScope`). */
  async listAppointments(
    actor: Actor,
    query: ListAppointmentsQueryDto,
    fixed: FixedFilter = {},
  ): Promise<Page<Appointment>> {
    if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to)) {
      throw new ValidationError([{ field: 'to', message: 'to must be after from' }]);
    }
    const filter: AppointmentFilter = {
      patientId: query.patientId,
      doctorId: query.doctorId,
      pathPatientId: fixed.patientId,
      pathDoctorId: fixed.doctorId,
      statuses: query.status,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      newestFirst: query.sort === '-startsAt',
      limit: query.limit,
      offset: offsetOf(query),
    };
    const { rows, total } = await this.appointments.findPage(actor, filter);
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
    this.access.require(actor, 'patient.read', { visible: await this.patients.isVisible(actor, patientId) });
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
    if (!(await this.doctors.exists(doctorId))) {
      throw notFound('doctor');
    }
    return this.listAppointments(actor, query, { doctorId });
  }

  /**
   * The appointments the caller may see that match `search`, earliest start first, and how many match in all. A
   * patient or doctor named in the search whom the caller may not see simply matches nothing (as in `GET
   * /appointments?patientId=`).
   */
  async searchAppointments(actor: Actor, search: AppointmentSearch): Promise<{ rows: Appointment[]; total: number }> {
    const { rows, total } = await this.appointments.findPage(actor, {
      patientId: search.patientId,
      doctorId: search.doctorId,
      statuses: search.statuses,
      startsFrom: search.startsFrom,
      startsBefore: search.startsBefore,
      newestFirst: false,
      limit: search.limit,
      offset: search.offset,
    });
    return { rows: rows.map(toAppointmentResponse), total };
  }

  /** Its patient, its doctor or admin; anyone else gets 404 (never a hint it exists). */
  async getAppointment(actor: Actor, id: string): Promise<Appointment> {
    const found = await this.appointments.findLoaded(id, actor);
    return toAppointmentResponse(this.access.requireFound(actor, 'appointment.read', found, {}));
  }
}
