import { JOB_STATUSES, type Job, type JobStatus } from '@app/contracts';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { EnumField, InstantField, IntegerField, UuidField } from '../../common/http/api-fields';
import { PageMetaDto } from '../../common/http/page.dto';
import { PaginationQueryDto } from '../../common/http/pagination.dto';

export class ListJobsQueryDto extends PaginationQueryDto {
  /** Only jobs in this status. */
  @EnumField('JobStatus', { required: false })
  @IsOptional()
  @IsIn(JOB_STATUSES)
  status?: JobStatus;

  /**
   * Only jobs of this kind.
   * @example "appointment.reminder"
   */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/^[a-z][a-z0-9_.]*$/)
  kind?: string;
}

/** A unit of time-driven work (a reminder), run once across instances, retried with backoff on failure. */
@ApiSchema({ name: 'Job' })
export class JobDto implements Job {
  @UuidField()
  id!: string;
  /**
   * What the job does.
   * @example "appointment.reminder"
   */
  kind!: string;
  /**
   * Unique: the same work is planned once.
   * @example "reminder:c4a1e8b2-6d3f-4a5e-9b7c-2d8e0f1a3b5c:60:2026-12-07T10:00:00.000Z"
   */
  dedupeKey!: string;
  /** What the job works on (by kind). */
  @ApiProperty({ type: 'object', additionalProperties: true })
  payload!: Record<string, unknown>;
  /** When it is due; after a failure, when it is tried again. */
  @InstantField()
  runAt!: string;
  @EnumField('JobStatus')
  status!: JobStatus;
  /** Attempts started so far. */
  @IntegerField()
  attempts!: number;
  /** After this many failed attempts the job is `failed`. */
  @IntegerField()
  maxAttempts!: number;
  /** The last failure's message. */
  @ApiProperty({ type: 'string', nullable: true })
  lastError!: string | null;
  /** The instance running it (while `running`). */
  @ApiProperty({ type: 'string', nullable: true })
  lockedBy!: string | null;
  /** The lease of the running attempt: after this, another instance takes the job over. */
  @InstantField({ nullable: true })
  lockedUntil!: string | null;
  @InstantField({ nullable: true })
  finishedAt!: string | null;
  @InstantField()
  createdAt!: string;
  @InstantField()
  updatedAt!: string;
}

@ApiSchema({ name: 'JobPage' })
export class JobPageDto {
  data!: JobDto[];
  meta!: PageMetaDto;
}
