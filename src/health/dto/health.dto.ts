import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** A probe's answer: the process runs (live), or it runs and its database answers (ready). */
@ApiSchema({ name: 'Health' })
export class HealthDto {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
}
