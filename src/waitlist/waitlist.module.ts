import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppointmentsModule } from '../appointments/appointments.module';
import { JobsModule } from '../jobs/jobs.module';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { FreedTimeListener } from './freed-time.listener';
import { WaitlistEntryEntity } from './waitlist-entry.entity';
import { WaitlistMatcher } from './waitlist-matcher';
import { WaitlistController } from './waitlist.controller';
import { WaitlistRepository } from './waitlist.repository';
import { WaitlistService } from './waitlist.service';

/**
 * The waitlist (API.md "Waitlist"): entries, and offers of freed time as holds. Freed time is heard of from the
 * domain events (`FreedTimeListener`), matched by a durable job (`WaitlistMatcher`, kind `waitlist.match`).
 */
@Module({
  imports: [TypeOrmModule.forFeature([WaitlistEntryEntity]), AppointmentsModule, SchedulingModule, JobsModule],
  controllers: [WaitlistController],
  providers: [WaitlistRepository, WaitlistService, WaitlistMatcher, FreedTimeListener],
})
export class WaitlistModule {}
