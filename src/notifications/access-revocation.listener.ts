import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { ACCESS_REVOKED, type AccessRevokedEvent } from '../common/access-events';
import { LiveDelivery } from './live-delivery.service';

/** A deactivated user, or one whose password changed, keeps no open socket (REST refuses their tokens already). */
@Injectable()
export class AccessRevocationListener {
  constructor(private readonly delivery: LiveDelivery) {}

  @OnEvent(ACCESS_REVOKED)
  onAccessRevoked(event: AccessRevokedEvent): void {
    this.delivery.disconnectUser(event.userId);
  }
}
