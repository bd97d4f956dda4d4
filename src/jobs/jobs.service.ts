import { Injectable } from '@nestjs/common';
import { pageOf, type Job, type Page } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { AccessPolicy } from '../access/access-policy';
import { offsetOf } from '../common/http/pagination.dto';
import type { ListJobsQueryDto } from './dto/jobs.dto';
import { JobsRepository } from './jobs.repository';

/** The admins' view of the background jobs. */
@Injectable()
export class JobsService {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly access: AccessPolicy,
  ) {}

  /** Newest first, filtered by status and kind. */
  async listJobs(actor: Actor, query: ListJobsQueryDto): Promise<Page<Job>> {
    this.access.require(actor, 'job.list', {});
    const [rows, total] = await this.jobs.findPage(
      { status: query.status, kind: query.kind },
      offsetOf(query),
      query.limit,
    );
    return pageOf(rows, total, query.page, query.limit);
  }
}
