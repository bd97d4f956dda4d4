import { Module } from '@nestjs/common';
import { JobRunner } from './job-runner';
import { JobsController } from './jobs.controller';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

/** The durable job runner on the application's database, and the admins' list of its jobs. */
@Module({
  controllers: [JobsController],
  providers: [JobsRepository, JobRunner, JobsService],
  exports: [JobRunner, JobsRepository],
})
export class JobsModule {}
