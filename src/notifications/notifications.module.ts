import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from './notification.entity';
import type Redis from 'ioredis';
import { AuthModule } from '../auth/auth.module';
import { REDIS } from '../common/redis/redis.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DoctorsModule } from '../doctors/doctors.module';
import { AccessRevocationListener } from './access-revocation.listener';
import { AdminMessagesService } from './admin-messages.service';
import { AppointmentNotificationsListener } from './appointment-notifications.listener';
import { DoctorPresenceRepository } from './doctor-presence.repository';
import { DoctorPresenceService } from './doctor-presence.service';
import { DoctorStatusController } from './doctor-status.controller';
import { DoctorStatusService } from './doctor-status.service';
import { InboxService } from './inbox.service';
import { LiveDelivery } from './live-delivery.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsGateway } from './notifications.gateway';
import { NotificationsRepository } from './notifications.repository';
import { InProcessPresenceCounter, PRESENCE_COUNTER, type PresenceCounter } from './presence-counter';
import { RedisPresenceCounter } from './redis-presence-counter';
import { SlotWatchService } from './slot-watch.service';
import { SlotsChangedListener } from './slots-changed.listener';
import { WaitlistOfferListener } from './waitlist-offer.listener';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity]), AuthModule, DoctorsModule],
  controllers: [NotificationsController, DoctorStatusController],
  providers: [
    NotificationsGateway,
    LiveDelivery,
    NotificationsRepository,
    InboxService,
    AdminMessagesService,
    AppointmentNotificationsListener,
    AccessRevocationListener,
    SlotsChangedListener,
    WaitlistOfferListener,
    SlotWatchService,
    DoctorPresenceRepository,
    DoctorPresenceService,
    DoctorStatusService,
    {
      provide: PRESENCE_COUNTER,
      inject: [REDIS, APP_CONFIG],
      useFactory: (redis: Redis | null, config: AppConfig): PresenceCounter =>
        redis ? new RedisPresenceCounter(redis, config.redisPrefix) : new InProcessPresenceCounter(),
    },
  ],
  exports: [LiveDelivery],
})
export class NotificationsModule {}
