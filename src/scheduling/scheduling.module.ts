import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DoctorsModule } from '../doctors/doctors.module';
import { BookingPolicyRepository } from './booking-policy.repository';
import { BookingPolicyService } from './booking-policy.service';
import { DoctorAvailabilityController } from './doctor-availability.controller';
import { EarliestSlotsService } from './earliest-slots.service';
import { SlotsController } from './slots.controller';
import { DoctorScheduleRepository } from './doctor-schedule.repository';
import { DoctorScheduleService } from './doctor-schedule.service';
import { DoctorSlotsRepository } from './doctor-slots.repository';
import { DoctorSlotsService } from './doctor-slots.service';
import { DoctorTimeOffRepository } from './doctor-time-off.repository';
import { DoctorTimeOffService } from './doctor-time-off.service';
import { TimeOffEntity } from './time-off.entity';
import { WorkingHoursEntity } from './working-hours.entity';

/**
 * When doctors can be booked: weekly working hours in the doctor's time zone, time off, free slots, and the rules a
 * booking checks against them (`availability-rules.ts`, used by appointments).
 */
@Module({
  imports: [TypeOrmModule.forFeature([WorkingHoursEntity, TimeOffEntity]), DoctorsModule],
  controllers: [DoctorAvailabilityController, SlotsController],
  providers: [
    DoctorScheduleRepository,
    DoctorTimeOffRepository,
    DoctorSlotsRepository,
    DoctorScheduleService,
    DoctorTimeOffService,
    DoctorSlotsService,
    BookingPolicyRepository,
    BookingPolicyService,
    EarliestSlotsService,
  ],
  exports: [
    DoctorScheduleRepository,
    BookingPolicyRepository,
    DoctorSlotsRepository,
    DoctorScheduleService,
    DoctorSlotsService,
  ],
})
export class SchedulingModule {}
