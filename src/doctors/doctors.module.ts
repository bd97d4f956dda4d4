import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DoctorEntity } from './doctor.entity';
import { TimeOffEntity } from './time-off.entity';
import { WorkingHoursEntity } from './working-hours.entity';
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
  imports: [TypeOrmModule.forFeature([DoctorEntity, WorkingHoursEntity, TimeOffEntity])],
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
  exports: [DoctorsRepository],
})
export class DoctorsModule {}
