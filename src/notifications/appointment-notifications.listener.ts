import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { recordedEventName, type DomainEvent, type RecordedDomainEvent } from '../common/domain-events';
import { appointmentNotice, type AppointmentEventMessage } from './appointment-notice';
import { LiveDelivery } from './live-delivery.service';
import { NotificationsRepository } from './notifications.repository';

/** Errors must reach the transaction that records the event, so that it rolls back rather than lose them. */
const IN_TRANSACTION = { suppressErrors: false } as const;

/**
 * Appointment events become a stored notification for each party, written in the transaction of the change
 * (`record`: it commits with the change or not at all), and a live event on each party's sockets once the change
 * has committed (`publish`). Only the appointment's patient and doctor hear of it.
 */
@Injectable()
export class AppointmentNotificationsListener {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly delivery: LiveDelivery,
  ) {}

  @OnEvent(recordedEventName('appointment.created'), IN_TRANSACTION)
  storeCreated({ em, event }: RecordedDomainEvent<'appointment.created'>): Promise<void> {
    return this.store(em, event.recipientUserIds, event);
  }

  @OnEvent(recordedEventName('appointment.updated'), IN_TRANSACTION)
  storeUpdated({ em, event }: RecordedDomainEvent<'appointment.updated'>): Promise<void> {
    return this.store(em, event.recipientUserIds, event);
  }

  @OnEvent(recordedEventName('appointment.status_changed'), IN_TRANSACTION)
  storeStatusChanged({ em, event }: RecordedDomainEvent<'appointment.status_changed'>): Promise<void> {
    return this.store(em, event.recipientUserIds, event);
  }

  @OnEvent('appointment.created')
  onCreated(event: DomainEvent<'appointment.created'>): void {
    this.delivery.appointmentEvent(unique(event.recipientUserIds), event.name, event.payload);
  }

  @OnEvent('appointment.updated')
  onUpdated(event: DomainEvent<'appointment.updated'>): void {
    this.delivery.appointmentEvent(unique(event.recipientUserIds), event.name, event.payload);
  }

  @OnEvent('appointment.status_changed')
  onStatusChanged(event: DomainEvent<'appointment.status_changed'>): void {
    this.delivery.appointmentEvent(unique(event.recipientUserIds), event.name, event.payload);
  }

  private async store(
    em: RecordedDomainEvent['em'],
    recipientUserIds: readonly string[],
    event: AppointmentEventMessage,
  ): Promise<void> {
    const recipients = unique(recipientUserIds);
    if (recipients.length > 0) {
      await this.notifications.storeForUsers(em, recipients, appointmentNotice(event));
    }
  }
}

function unique(userIds: readonly string[]): string[] {
  return [...new Set(userIds)];
}
