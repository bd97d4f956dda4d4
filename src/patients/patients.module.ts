import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { MedicalRecordEntity } from './medical-record.entity';
import { PatientEntity } from './patient.entity';
import { AuditModule } from '../audit/audit.module';
import { MedicalRecordsController } from './medical-records.controller';
import { MedicalRecordsRepository } from './medical-records.repository';
import { MedicalRecordsService } from './medical-records.service';
import { PatientsController } from './patients.controller';
import { PatientsRepository } from './patients.repository';
import { PatientsService } from './patients.service';

@Module({
  imports: [TypeOrmModule.forFeature([PatientEntity, MedicalRecordEntity]), UsersModule, AuditModule],
  controllers: [PatientsController, MedicalRecordsController],
  providers: [PatientsService, MedicalRecordsService, PatientsRepository, MedicalRecordsRepository],
  exports: [PatientsRepository, PatientsService],
})
export class PatientsModule {}
