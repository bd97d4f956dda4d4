import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppointmentEntity } from './appointment.entity';
import { DoctorsModule } from '../doctors/doctors.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { PatientsModule } from '../patients/patients.module';
import { AppointmentBookingService } from './appointment-booking.service';
import { AppointmentEditingService } from './appointment-editing.service';
import { AppointmentQueriesService } from './appointment-queries.service';
import { AppointmentStatusService } from './appointment-status.service';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsRepository } from './appointments.repository';
import { BookingRepository, SeriesBookingRepository } from './booking.repository';
import { AppointmentSeriesService } from './appointment-series.service';
import { SeriesController } from './series.controller';
import { DoctorAppointmentsController } from './doctor-appointments.controller';
import { PatientAppointmentsController } from './patient-appointments.controller';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { AppointmentHoldsService } from './appointment-holds.service';
import { AvailabilityExplainService } from './availability-explain.service';
import { HoldExpirySweeper } from './hold-expiry.sweeper';
import { HoldsController } from './holds.controller';
import { JobsModule } from '../jobs/jobs.module';
import { AppointmentSweeps } from './appointment-sweeps';
import { AppointmentReminders } from './appointment-reminders';

@Module({
  imports: [
    TypeOrmModule.forFeature([AppointmentEntity]),
    IdempotencyModule,
    PatientsModule,
    DoctorsModule,
    SchedulingModule,
    JobsModule,
  ],
  controllers: [
    HoldsController,
    SeriesController,
    AppointmentsController,
    PatientAppointmentsController,
    DoctorAppointmentsController,
  ],
  providers: [
    AppointmentsRepository,
    BookingRepository,
    SeriesBookingRepository,
    AppointmentSeriesService,
    AppointmentBookingService,
    AppointmentQueriesService,
    AppointmentStatusService,
    AppointmentEditingService,
    AppointmentHoldsService,
    AvailabilityExplainService,
    HoldExpirySweeper,
    AppointmentSweeps,
    AppointmentReminders,
  ],
  exports: [AppointmentQueriesService, AppointmentHoldsService],
})
export class AppointmentsModule {}
