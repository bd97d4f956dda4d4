import type { TimeOff } from '@app/contracts';
import type { TimeOffEntity } from './time-off.entity';

export function toTimeOffResponse(timeOff: TimeOffEntity): TimeOff {
  return {
    id: timeOff.id,
    doctorId: timeOff.doctorId,
    startsAt: timeOff.startsAt.toISOString(),
    endsAt: timeOff.endsAt.toISOString(),
    reason: timeOff.reason,
    createdAt: timeOff.createdAt.toISOString(),
  };
}
