import { Module } from '@nestjs/common';
import { AppointmentBookingService } from './appointment-booking.service';
import { AppointmentEditingService } from './appointment-editing.service';
import { AppointmentQueriesService } from './appointment-queries.service';
import { AppointmentStatusService } from './appointment-status.service';
import { AppointmentsController } from './appointments.controller';
import { DoctorAppointmentsController } from './doctor-appointments.controller';
import { IdempotencyService } from './idempotency.service';
import { PatientAppointmentsController } from './patient-appointments.controller';

@Module({
  controllers: [AppointmentsController, PatientAppointmentsController, DoctorAppointmentsController],
  providers: [
    AppointmentBookingService,
    AppointmentQueriesService,
    AppointmentStatusService,
    AppointmentEditingService,
    IdempotencyService,
  ],
})
export class AppointmentsModule {}
