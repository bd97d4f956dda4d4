import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module';
import { DoctorsModule } from '../doctors/doctors.module';
import { PatientsModule } from '../patients/patients.module';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { FhirController } from './fhir.controller';
import { FhirService } from './fhir.service';

/** The FHIR R4 read API: our appointments, patients, doctors, schedules and free slots as R4 resources. */
@Module({
  imports: [AppointmentsModule, PatientsModule, DoctorsModule, SchedulingModule],
  controllers: [FhirController],
  providers: [FhirService],
})
export class FhirModule {}
