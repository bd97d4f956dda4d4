import type { INestApplicationContext } from '@nestjs/common';
import type { Appointment } from '@app/contracts';
import { randomUUID } from 'node:crypto';
import { AppointmentBookingService, bookingRequestOf } from '../appointments/appointment-booking.service';
import { AppointmentEditingService } from '../appointments/appointment-editing.service';
import { AppointmentStatusService } from '../appointments/appointment-status.service';
import { BookAppointmentDto } from '../appointments/dto/book-appointment.dto';
import { ChangeAppointmentStatusDto } from '../appointments/dto/change-status.dto';
import { UpdateAppointmentDto } from '../appointments/dto/update-appointment.dto';
import type { Actor } from '../auth/actor';
import { DoctorScheduleService } from '../scheduling/doctor-schedule.service';
import { DoctorTimeOffService } from '../scheduling/doctor-time-off.service';
import { ReplaceScheduleDto } from '../scheduling/dto/schedule.dto';
import { CreateTimeOffDto } from '../scheduling/dto/time-off.dto';
import type { TimeInterval } from '../scheduling/free-slots';
import { AdminMessagesService } from '../notifications/admin-messages.service';
import { BroadcastDto, SendMessageDto } from '../notifications/dto/notifications.dto';
import { CreateMedicalRecordDto } from '../patients/dto/medical-records.dto';
import { MedicalRecordsService } from '../patients/medical-records.service';
import { required, type DemoCast } from './demo-accounts';
import { DEMO_DOCTORS, DEMO_DOMAIN, DEMO_LOGIN_DOCTOR, DEMO_LOGIN_PATIENT, type DemoPatient } from './demo-cast';
import { DEMO_MESSAGE_SOURCE, DemoClinicRepository, type PastAppointment } from './demo-clinic.repository';
import { blocksOf, planDemoStory, timeOffAt, type BookedBy, type FeaturedVisit, type PlannedVisit } from './demo-plan';
import { requestBody } from './request-body';

/** Written into the audit rows and booking metadata of everything the seed does through the services. */
const SEED_REQUEST_ID = 'demo-seed';

/**
 * The demo clinic's two weeks, told through the app's services wherever they allow it: weekly hours, time off,
 * bookings, confirmations, cancellations, moves, records and messages all go through the same rules (and store the
 * same notifications and audit rows) as real requests. Only what no service can do goes through the demo
 * repository: visits that started before "now", and dating records to the visits they came from.
 */
export class DemoStoryWriter {
  constructor(
    private readonly app: INestApplicationContext,
    private readonly repository: DemoClinicRepository,
    private readonly maxActiveBookingsPerPatient: number,
  ) {}

  /** Plans the two weeks around `now` (after the time off is in, so the plan reads it back) and writes them. */
  async write(now: Date, cast: DemoCast, patients: DemoPatient[]): Promise<void> {
    const timeOff = await this.setUpDoctors(cast, now);
    const plan = planDemoStory({
      now,
      doctors: DEMO_DOCTORS.map((d, i) => ({
        specialization: d.specialization,
        timezone: d.timezone,
        blocks: blocksOf(d.weeklyHours),
        timeOff: timeOff[i],
        sees: d.sees,
        weeklyAppointments: d.weeklyAppointments,
      })),
      patients: patients.map((p) => ({ isChild: p.isChild })),
      maxActivePerPatient: this.maxActiveBookingsPerPatient,
      featured: featuredVisits(),
    });
    await this.writeHistory(plan.history, cast);
    await this.bookUpcoming(plan.upcoming, cast);
    await this.sendAdminMessages(cast);
  }

  /** Weekly hours (set by the admin) and time off (entered by each doctor), through the doctors' services. */
  private async setUpDoctors(cast: DemoCast, now: Date): Promise<TimeInterval[][]> {
    const schedules = this.app.get(DoctorScheduleService);
    const timeOffs = this.app.get(DoctorTimeOffService);
    const result: TimeInterval[][] = [];
    for (const [i, doctor] of DEMO_DOCTORS.entries()) {
      const actor = cast.doctors[i];
      const doctorId = required(actor.doctorId, 'a doctor profile');
      await schedules.replaceSchedule(
        cast.admin,
        doctorId,
        await requestBody(ReplaceScheduleDto, { weeklyHours: doctor.weeklyHours }),
      );
      const periods: TimeInterval[] = [];
      for (const off of doctor.timeOff) {
        const { startsAt, endsAt } = timeOffAt(off, doctor.timezone, now);
        const saved = await timeOffs.addTimeOff(
          actor,
          doctorId,
          await requestBody(CreateTimeOffDto, {
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            reason: off.reason,
          }),
        );
        periods.push({ startsAt: new Date(saved.startsAt), endsAt: new Date(saved.endsAt) });
      }
      result.push(periods);
    }
    return result;
  }

  private bookerOf(visit: PlannedVisit, by: BookedBy, cast: DemoCast): Actor {
    switch (by) {
      case 'patient':
        return cast.patients[visit.patient];
      case 'doctor':
        return cast.doctors[visit.doctor];
      case 'admin':
        return cast.admin;
    }
  }

  /**
   * Last week's visits go in through the demo repository in one statement (the booking service refuses a start in
   * the past); visits going on now are written confirmed and started by their doctor through the status service;
   * the doctors then write the records of the visits they completed, through the records service.
   */
  private async writeHistory(visits: PlannedVisit[], cast: DemoCast): Promise<void> {
    const rows: PastAppointment[] = visits.map((visit) => ({
      id: randomUUID(),
      patientId: required(cast.patients[visit.patient].patientId, 'a patient profile'),
      doctorId: required(cast.doctors[visit.doctor].doctorId, 'a doctor profile'),
      startsAt: visit.startsAt,
      endsAt: new Date(visit.startsAt.getTime() + visit.durationMinutes * 60_000),
      durationMinutes: visit.durationMinutes,
      status: visit.status === 'in_progress' ? 'confirmed' : visit.status,
      reason: visit.reason,
      notes: visit.visitNote,
      cancellationReason: visit.cancellation?.reason ?? null,
      cancelledBy: visit.cancellation ? this.bookerOf(visit, visit.cancellation.by, cast).userId : null,
      createdBy: this.bookerOf(visit, visit.bookedBy, cast).userId,
      createdAt: visit.bookedAt,
      updatedAt: visit.changedAt,
    }));
    await this.repository.insertPastAppointments(rows);

    const statuses = this.app.get(AppointmentStatusService);
    const records = this.app.get(MedicalRecordsService);
    const recordIds: string[] = [];
    for (const [i, visit] of visits.entries()) {
      const row = rows[i];
      const doctor = cast.doctors[visit.doctor];
      if (visit.status === 'in_progress') {
        await statuses.changeStatus(
          doctor,
          row.id,
          await requestBody(ChangeAppointmentStatusDto, { status: 'in_progress' }),
        );
      }
      if (visit.record) {
        const { presentation } = visit;
        const record = await records.createRecord(
          doctor,
          row.patientId,
          await requestBody(CreateMedicalRecordDto, {
            diagnosis: presentation.diagnosis,
            icd10Code: presentation.icd10Code,
            notes: presentation.plan,
            prescriptions: presentation.prescriptions,
            status: visit.record,
            appointmentId: row.id,
          }),
          SEED_REQUEST_ID,
        );
        recordIds.push(record.id);
      }
    }
    await this.repository.dateRecordsToTheirVisits(recordIds);
  }

  /**
   * Next week, in start order, through the booking service (its rules, its notifications); then each doctor confirms,
   * patients and doctors cancel, two patients move a visit and a doctor adds a note, through the status and editing
   * services.
   */
  private async bookUpcoming(visits: PlannedVisit[], cast: DemoCast): Promise<void> {
    const booking = this.app.get(AppointmentBookingService);
    const statuses = this.app.get(AppointmentStatusService);
    const editing = this.app.get(AppointmentEditingService);
    const booked: Appointment[] = [];
    for (const visit of visits) {
      const booker = this.bookerOf(visit, visit.bookedBy, cast);
      const dto = await requestBody(BookAppointmentDto, {
        doctorId: cast.doctors[visit.doctor].doctorId,
        startsAt: visit.startsAt.toISOString(),
        durationMinutes: visit.durationMinutes,
        reason: visit.reason,
        ...(booker.role === 'patient' ? {} : { patientId: cast.patients[visit.patient].patientId }),
      });
      // Without an Idempotency-Key there is no replay: a refusal is thrown, and a result is the new appointment.
      const result = await booking.bookAppointment(booker, bookingRequestOf(dto), null);
      if ('replay' in result) {
        throw new Error('A booking without a key cannot be a replay');
      }
      booked.push(result.value);
    }
    for (const [i, visit] of visits.entries()) {
      const id = booked[i].id;
      const doctor = cast.doctors[visit.doctor];
      if (visit.status === 'confirmed') {
        await statuses.changeStatus(doctor, id, await requestBody(ChangeAppointmentStatusDto, { status: 'confirmed' }));
      }
      if (visit.cancellation) {
        const by = this.bookerOf(visit, visit.cancellation.by, cast);
        const dto = await requestBody(ChangeAppointmentStatusDto, {
          status: 'cancelled',
          reason: visit.cancellation.reason,
        });
        await statuses.changeStatus(by, id, dto);
      }
      if (visit.movedTo) {
        const dto = await requestBody(UpdateAppointmentDto, { startsAt: visit.movedTo.toISOString() });
        await editing.updateAppointment(cast.patients[visit.patient], id, dto);
      }
      if (visit.visitNote) {
        await editing.updateAppointment(
          doctor,
          id,
          await requestBody(UpdateAppointmentDto, { notes: visit.visitNote }),
        );
      }
    }
  }

  /** A broadcast to everyone, then two direct messages; the last one marks the story as complete. */
  private async sendAdminMessages(cast: DemoCast): Promise<void> {
    const messages = this.app.get(AdminMessagesService);
    await messages.broadcast(
      cast.admin,
      await requestBody(BroadcastDto, {
        title: 'Flu vaccinations have started',
        body: 'Seasonal flu vaccines are available from this week. Book a 15-minute appointment with any of our general practitioners.',
      }),
    );
    await messages.sendMessage(
      cast.admin,
      await requestBody(SendMessageDto, {
        userId: cast.doctors[DEMO_DOCTORS.indexOf(DEMO_LOGIN_DOCTOR)].userId,
        title: 'Your hours for next week',
        body: 'Your clinic hours for next week are confirmed. Please look through your pending appointment requests.',
        data: { source: DEMO_MESSAGE_SOURCE },
      }),
    );
    await messages.sendMessage(
      cast.admin,
      await requestBody(SendMessageDto, {
        userId: cast.patients[DEMO_LOGIN_PATIENT].userId,
        title: 'Please check your contact details',
        body: 'Before your next visit, please check that your phone number and emergency contact are up to date.',
        data: { source: DEMO_MESSAGE_SOURCE },
      }),
    );
  }
}

/**
 * The demo patient's own story, so her login shows a bit of everything: last week a blood-pressure review with the
 * demo doctor and a GP visit for a cough (both with records), next week the doctor's follow-up (confirmed, with a
 * note) and a pending neurology appointment.
 */
function featuredVisits(): FeaturedVisit[] {
  const doctor = (name: string) => DEMO_DOCTORS.findIndex((d) => d.email === `${name}@${DEMO_DOMAIN}`);
  const cardiologist = DEMO_DOCTORS.indexOf(DEMO_LOGIN_DOCTOR);
  const patient = DEMO_LOGIN_PATIENT;
  return [
    {
      doctor: cardiologist,
      patient,
      when: 'history',
      status: 'completed',
      presentation: 0,
      bookedBy: 'patient',
      record: 'active',
    },
    {
      doctor: doctor('hannah.okafor'),
      patient,
      when: 'history',
      status: 'completed',
      presentation: 1,
      bookedBy: 'patient',
      record: 'resolved',
    },
    {
      doctor: cardiologist,
      patient,
      when: 'upcoming',
      status: 'confirmed',
      presentation: 0,
      bookedBy: 'doctor',
      reason: 'Follow-up: blood pressure review',
      visitNote: 'Please bring two weeks of home blood pressure readings.',
    },
    {
      doctor: doctor('elena.petrova'),
      patient,
      when: 'upcoming',
      status: 'pending',
      presentation: 0,
      bookedBy: 'patient',
    },
  ];
}
