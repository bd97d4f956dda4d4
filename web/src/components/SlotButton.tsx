import type { FreeSlot } from '../api/types';
import { formatDateTime, formatTime } from '../lib/time';

/**
 * A free time as a button: the viewer's clock on it, and for screen readers the action, the full date and (when the
 * doctor works in another zone, `doctorZone`) the doctor's clock.
 */
export function SlotButton({
  slot,
  action,
  disabled,
  onPick,
  doctorZone,
}: {
  slot: FreeSlot;
  action: string;
  disabled: boolean;
  onPick: (slot: FreeSlot) => void;
  doctorZone: string | null;
}) {
  return (
    <button
      type="button"
      className="slot"
      disabled={disabled}
      onClick={() => onPick(slot)}
      aria-label={`${action} ${formatDateTime(slot.startsAt)}${
        doctorZone ? ` (${formatTime(slot.startsAt, doctorZone)} doctor's time)` : ''
      }`}
    >
      {formatTime(slot.startsAt)}
    </button>
  );
}
