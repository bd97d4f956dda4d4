import type { Appointment } from '../api/types';
import { formatTime } from '../lib/time';
import { PatientRecords } from './PatientRecords';
import { StatusActions } from './StatusActions';
import { StatusBadge } from './ui';

/**
 * One appointment on a doctor's day or week: the time on the doctor's clock (`zone`), the device's time beside it
 * when `showDeviceTime`, the patient and reason, the status with its one-click actions, and the patient's records.
 */
export function DoctorAppointmentRow({
  appointment,
  zone,
  className,
  showDeviceTime = false,
}: {
  appointment: Appointment;
  zone: string | undefined;
  className: string;
  showDeviceTime?: boolean;
}) {
  return (
    <li className={className} data-appointment-id={appointment.id}>
      <div>
        <strong>
          {formatTime(appointment.startsAt, zone)}–{formatTime(appointment.endsAt, zone)}
        </strong>{' '}
        {appointment.patient.fullName}
        {showDeviceTime && <span className="muted"> ({formatTime(appointment.startsAt)} your device&apos;s time)</span>}
        {appointment.reason && <div className="muted">{appointment.reason}</div>}
      </div>
      <div className="row-actions">
        <StatusBadge status={appointment.status} />
        <StatusActions appointment={appointment} />
        <PatientRecords appointment={appointment} />
      </div>
    </li>
  );
}
