import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { DomainEvent } from '../common/domain-events';
import { appointmentNotice, type AppointmentEventMessage } from './appointment-notice';
import { LiveDelivery } from './live-delivery.service';
import { NotificationsRepository } from './notifications.repository';

/**
 * Turns appointment events (published after their commit) into a stored notification for each party and a live
 * event on each of their sockets. Only the appointment's patient and doctor hear of it.
 */
@Injectable()
export class AppointmentNotificationsListener {
  private readonly logger = new Logger('AppointmentNotifications');

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly delivery: LiveDelivery,
  ) {}

  @OnEvent('appointment.created')
  onCreated(event: DomainEvent<'appointment.created'>): Promise<void> {
    return this.notifyParties(event.recipientUserIds, { name: event.name, payload: event.payload });
  }

  @OnEvent('appointment.updated')
  onUpdated(event: DomainEvent<'appointment.updated'>): Promise<void> {
    return this.notifyParties(event.recipientUserIds, { name: event.name, payload: event.payload });
  }

  @OnEvent('appointment.status_changed')
  onStatusChanged(event: DomainEvent<'appointment.status_changed'>): Promise<void> {
    return this.notifyParties(event.recipientUserIds, { name: event.name, payload: event.payload });
  }

  private async notifyParties(recipientUserIds: readonly string[], event: AppointmentEventMessage): Promise<void> {
    const recipients = [...new Set(recipientUserIds)];
    if (recipients.length === 0) {
      return;
    }
    try {
      await this.notifications.storeForUsers(recipients, appointmentNotice(event));
    } catch (error) {
      // The booking itself has committed: connected parties still hear of it live.
      this.logger.error({ err: error, type: event.name, appointmentId: event.payload.appointment.id }, 'store failed');
    }
    this.delivery.appointmentEvent(recipients, event.name, event.payload);
  }
}
