import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { RecordedEvent } from '../common/domain-events';
import { LiveDelivery } from './live-delivery.service';

/** A deactivated user, or one whose password changed, keeps no open socket (REST refuses their tokens already). */
@Injectable()
export class AccessRevocationListener {
  constructor(private readonly delivery: LiveDelivery) {}

  @OnEvent('user.access_revoked')
  onAccessRevoked({ payload }: RecordedEvent<'user.access_revoked'>): void {
    this.delivery.disconnectUser(payload.userId);
  }
}
