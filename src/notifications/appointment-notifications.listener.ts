import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { AppointmentEventName } from '@app/contracts';
import type { RecordedDomainEvent, RecordedEvent } from '../common/domain-events';
import { OnRecorded } from '../outbox/on-recorded';
import { appointmentNotice } from './appointment-notice';
import { LiveDelivery } from './live-delivery.service';
import { NotificationsRepository } from './notifications.repository';

const APPOINTMENT_EVENTS = [
  'appointment.created',
  'appointment.updated',
  'appointment.status_changed',
  'appointment.deleted',
  'appointment.reminder',
] as const satisfies readonly AppointmentEventName[];

/**
 * Appointment events become a stored notification for each party, written in the transaction of the change
 * (`@OnRecorded`: it commits with the change or not at all), and a live event on each party's sockets once the
 * relay publishes it after the commit (`@OnEvent`). Only the appointment's patient and doctor hear of it.
 */
@Injectable()
export class AppointmentNotificationsListener {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly delivery: LiveDelivery,
  ) {}

  @OnRecorded(...APPOINTMENT_EVENTS)
  async store({ em, events }: RecordedDomainEvent<AppointmentEventName>): Promise<void> {
    const items = events
      .map((event) => ({ userIds: unique(event.recipientUserIds), notice: appointmentNotice(event) }))
      .filter((item) => item.userIds.length > 0);
    if (items.length > 0) {
      await this.notifications.storeNotices(em, items);
    }
  }

  @OnEvent('appointment.created')
  @OnEvent('appointment.updated')
  @OnEvent('appointment.status_changed')
  @OnEvent('appointment.deleted')
  @OnEvent('appointment.reminder')
  deliver(event: RecordedEvent<AppointmentEventName>): void {
    this.delivery.appointmentEvent(unique(event.recipientUserIds), event);
  }
}

function unique(userIds: readonly string[]): string[] {
  return [...new Set(userIds)];
}
