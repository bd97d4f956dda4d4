import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { JobPageDto, ListJobsQueryDto } from './dto/jobs.dto';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  /**
   * The service's time-driven work (admin), newest first: reminders planned, running, done or given up, with their
   * attempts, last error and lease. An extension of the contract. A job is run once across instances; a failed
   * attempt is retried after 1 s, 2 s, 4 s, … (at most an hour) until its attempts are spent, then it is `failed`.
   * Finished jobs are kept for a day (`succeeded`) or a week (`failed`).
   */
  @ApiOperation({ summary: 'List background jobs' })
  @Get()
  @Auth({ roles: ['admin'] })
  listJobs(@CurrentUser() actor: Actor, @Query() query: ListJobsQueryDto): Promise<JobPageDto> {
    return this.jobs.listJobs(actor, query);
  }
}
