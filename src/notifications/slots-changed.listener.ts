import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { AppointmentEventName, SlotsChangedEvent } from '@app/contracts';
import type { DomainEvent } from '../common/domain-events';
import { LiveDelivery } from './live-delivery.service';

/** The published domain events that can change a doctor's free time. */
export type SlotsChangeSource = DomainEvent<AppointmentEventName | 'slots.changed'>;

/**
 * The `slots.changed` a published event means for the doctor's watchers, or null when it freed or took no time (an
 * appointment event whose audience names no `slots`: a confirmation, an edited reason). Only the doctor and the
 * range: nothing of the appointment or its patient.
 */
export function slotsChangeOf(event: SlotsChangeSource): SlotsChangedEvent | null {
  switch (event.name) {
    case 'slots.changed': {
      const { doctorId, from, to } = event.payload;
      return { doctorId, from, to };
    }
    case 'appointment.created':
    case 'appointment.updated':
    case 'appointment.status_changed':
    case 'appointment.deleted':
      return event.slots
        ? { doctorId: event.payload.appointment.doctorId, from: event.slots.from, to: event.slots.to }
        : null;
    case 'appointment.reminder':
      return null;
  }
}

/**
 * Free time changed: the watchers of the doctor hear `slots.changed`, once the relay publishes the change after its
 * commit (holds, time off, schedule and policy record `slots.changed`; appointment events say it in their audience).
 */
@Injectable()
export class SlotsChangedListener {
  constructor(private readonly delivery: LiveDelivery) {}

  @OnEvent('slots.changed')
  @OnEvent('appointment.created')
  @OnEvent('appointment.updated')
  @OnEvent('appointment.status_changed')
  @OnEvent('appointment.deleted')
  announce(event: SlotsChangeSource): void {
    const change = slotsChangeOf(event);
    if (change) {
      this.delivery.slotsChanged(change);
    }
  }
}
