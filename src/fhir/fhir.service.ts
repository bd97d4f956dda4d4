import { Injectable } from '@nestjs/common';
import { APPOINTMENT_DURATION } from '@app/contracts';
import type {
  Appointment as FhirAppointment,
  Patient as FhirPatient,
  Practitioner,
  Resource,
  Schedule,
  Slot,
} from '@medplum/fhirtypes';
import type { Actor } from '../auth/actor';
import { AppointmentQueriesService } from '../appointments/appointment-queries.service';
import { NotFoundError } from '../common/errors/app-error';
import { DoctorsService } from '../doctors/doctors.service';
import { PatientsService } from '../patients/patients.service';
import { DoctorScheduleService } from '../scheduling/doctor-schedule.service';
import { DoctorSlotsService } from '../scheduling/doctor-slots.service';
import type { AppointmentSearchDto, FhirPagingDto, ScheduleSearchDto, SlotSearchDto } from './dto/fhir-search.dto';
import {
  toFhirAppointment,
  toFhirPatient,
  toFhirPractitioner,
  toFhirSchedule,
  toFhirSlot,
  type SearchPage,
} from './fhir-resources';
import { instantRangeOf, isEmptyRange, referencedId, statusesOf } from './fhir-search';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A slot search without an end looks this far ahead of its start (the REST route takes at most 31 days). */
export const SLOT_SEARCH_DEFAULT_DAYS = 7;

/** Null for a target that does not exist (or the caller may not see): a search finds nothing there. */
async function orNothing<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) {
      return null;
    }
    throw error;
  }
}

function pageOfAll<T extends Resource>(all: T[], paging: FhirPagingDto): SearchPage<T> {
  return {
    resources: all.slice(paging._offset, paging._offset + paging._count),
    total: all.length,
    offset: paging._offset,
    count: paging._count,
  };
}

const nothing = <T extends Resource>(paging: FhirPagingDto): SearchPage<T> => pageOfAll<T>([], paging);

/**
 * The FHIR R4 read API over the services the REST routes use, so visibility, audit and slot rules are theirs: a read
 * of what the caller may not see is their 404; a search finds only what the caller may see (a search into someone
 * the caller may not see is an empty Bundle, as a scoped REST list is an empty page).
 */
@Injectable()
export class FhirService {
  constructor(
    private readonly appointments: AppointmentQueriesService,
    private readonly patients: PatientsService,
    private readonly doctors: DoctorsService,
    private readonly schedules: DoctorScheduleService,
    private readonly slots: DoctorSlotsService,
  ) {}

  async readAppointment(actor: Actor, id: string): Promise<FhirAppointment> {
    return toFhirAppointment(await this.appointments.getAppointment(actor, id));
  }

  async searchAppointments(actor: Actor, search: AppointmentSearchDto): Promise<SearchPage<FhirAppointment>> {
    const range = instantRangeOf(search.date ?? [], 'date');
    const statuses = search.status ? statusesOf(search.status) : undefined;
    const patientId = search.patient === undefined ? undefined : referencedId(search.patient, 'Patient', 'patient');
    const doctorId =
      search.practitioner === undefined ? undefined : referencedId(search.practitioner, 'Practitioner', 'practitioner');
    if (isEmptyRange(range) || statuses?.length === 0) {
      return nothing(search);
    }
    const { rows, total } = await this.appointments.searchAppointments(actor, {
      patientId,
      doctorId,
      statuses,
      startsFrom: range.from,
      startsBefore: range.to,
      limit: search._count,
      offset: search._offset,
    });
    return { resources: rows.map(toFhirAppointment), total, offset: search._offset, count: search._count };
  }

  /** Audited like `GET /patients/:id`. */
  async readPatient(actor: Actor, id: string, requestId: string): Promise<FhirPatient> {
    return toFhirPatient(await this.patients.getPatient(actor, id, requestId));
  }

  async readPractitioner(actor: Actor, id: string): Promise<Practitioner> {
    return toFhirPractitioner(await this.doctors.getDoctor(actor, id));
  }

  /** The doctor's one Schedule; an unknown doctor is an empty Bundle. */
  async searchSchedules(actor: Actor, search: ScheduleSearchDto): Promise<SearchPage<Schedule>> {
    const doctorId = referencedId(search.actor, 'Practitioner', 'actor');
    const doctor = await orNothing(this.doctors.getDoctor(actor, doctorId));
    const schedule = doctor && (await orNothing(this.schedules.getSchedule(actor, doctorId)));
    return doctor && schedule ? pageOfAll([toFhirSchedule(doctor, schedule)], search) : nothing(search);
  }

  /**
   * Free slots of the schedule's doctor for this caller, computed by `GET /doctors/:id/slots` itself (30 minutes each,
   * the REST default): `start` gives the range (from now and 7 days on when left open; at most 31 days, as there).
   * Only `free` slots exist here, so another status finds nothing.
   */
  async searchSlots(actor: Actor, search: SlotSearchDto): Promise<SearchPage<Slot>> {
    const doctorId = referencedId(search.schedule, 'Schedule', 'schedule');
    const range = instantRangeOf(search.start ?? [], 'start');
    if ((search.status !== undefined && search.status !== 'free') || isEmptyRange(range)) {
      return nothing(search);
    }
    const from = range.from ?? new Date();
    const to = range.to ?? new Date(from.getTime() + SLOT_SEARCH_DEFAULT_DAYS * DAY_MS);
    if (from >= to) {
      return nothing(search);
    }
    const found = await orNothing(
      this.slots.findFreeSlots(actor, doctorId, {
        from: from.toISOString(),
        to: to.toISOString(),
        durationMinutes: APPOINTMENT_DURATION.default,
      }),
    );
    if (!found) {
      return nothing(search);
    }
    return pageOfAll(
      found.slots.map((slot) => toFhirSlot(doctorId, found.durationMinutes, slot)),
      search,
    );
  }
}
