import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { DoctorEntity } from './doctor.entity';
import { DoctorsController } from './doctors.controller';
import { DoctorsRepository } from './doctors.repository';
import { DoctorsService } from './doctors.service';

/** The doctor directory and profiles. Their schedules, time off and free slots are the scheduling module's. */
@Module({
  imports: [TypeOrmModule.forFeature([DoctorEntity]), UsersModule],
  controllers: [DoctorsController],
  providers: [DoctorsRepository, DoctorsService],
  exports: [DoctorsRepository, DoctorsService],
})
export class DoctorsModule {}
