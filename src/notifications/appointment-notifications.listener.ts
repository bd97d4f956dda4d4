import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { AppointmentEventName } from '@app/contracts';
import type { RecordedDomainEvent, RecordedEvent } from '../common/domain-events';
import { OnRecorded } from '../outbox/on-recorded';
import { appointmentNotice } from './appointment-notice';
import { LiveDelivery } from './live-delivery.service';
import { noticesWrite } from './notifications.repository';

const APPOINTMENT_EVENTS = [
  'appointment.created',
  'appointment.updated',
  'appointment.status_changed',
  'appointment.deleted',
  'appointment.reminder',
] as const satisfies readonly AppointmentEventName[];

/**
 * Appointment events become a stored notification for each party, written in the transaction of the change
 * (`@OnRecorded`, in the change's batch of writes: it commits with the change or not at all), and a live event on each party's sockets once the
 * relay publishes it after the commit (`@OnEvent`). Only the appointment's patient and doctor hear of it.
 */
@Injectable()
export class AppointmentNotificationsListener {
  constructor(private readonly delivery: LiveDelivery) {}

  @OnRecorded(...APPOINTMENT_EVENTS)
  store({ events, writes }: RecordedDomainEvent<AppointmentEventName>): void {
    const items = events
      .map((event) => ({ userIds: unique(event.recipientUserIds), notice: appointmentNotice(event) }))
      .filter((item) => item.userIds.length > 0);
    const write = noticesWrite(items);
    if (write) {
      writes.add(write);
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
