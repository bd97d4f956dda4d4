import { Module } from '@nestjs/common';
import { DoctorAvailabilityController } from './doctor-availability.controller';
import { DoctorScheduleRepository } from './doctor-schedule.repository';
import { DoctorScheduleService } from './doctor-schedule.service';
import { DoctorSlotsRepository } from './doctor-slots.repository';
import { DoctorSlotsService } from './doctor-slots.service';
import { DoctorTimeOffRepository } from './doctor-time-off.repository';
import { DoctorTimeOffService } from './doctor-time-off.service';
import { DoctorsController } from './doctors.controller';
import { DoctorsRepository } from './doctors.repository';
import { DoctorsService } from './doctors.service';

@Module({
  controllers: [DoctorsController, DoctorAvailabilityController],
  providers: [
    DoctorsRepository,
    DoctorScheduleRepository,
    DoctorTimeOffRepository,
    DoctorSlotsRepository,
    DoctorsService,
    DoctorScheduleService,
    DoctorTimeOffService,
    DoctorSlotsService,
  ],
})
export class DoctorsModule {}
