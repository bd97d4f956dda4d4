import { Module } from '@nestjs/common';
import { DoctorAvailabilityController } from './doctor-availability.controller';
import { DoctorScheduleService } from './doctor-schedule.service';
import { DoctorSlotsService } from './doctor-slots.service';
import { DoctorTimeOffService } from './doctor-time-off.service';
import { DoctorsController } from './doctors.controller';
import { DoctorsRepository } from './doctors.repository';
import { DoctorsService } from './doctors.service';

@Module({
  controllers: [DoctorsController, DoctorAvailabilityController],
  providers: [DoctorsRepository, DoctorsService, DoctorScheduleService, DoctorTimeOffService, DoctorSlotsService],
})
export class DoctorsModule {}
