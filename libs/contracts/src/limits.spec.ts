import { getMetadataStorage } from 'class-validator';
import { ChangeAppointmentStatusDto } from '../../../src/appointments/dto/change-status.dto';
import { UpdateAppointmentDto } from '../../../src/appointments/dto/update-appointment.dto';
import { LoginDto, RefreshDto, RegisterDto } from '../../../src/auth/dto/register.dto';
import { PaginationQueryDto } from '../../../src/common/http/pagination.dto';
import { DoctorProfileDto } from '../../../src/doctors/dto/doctor-profile.dto';
import { ListDoctorsQueryDto, UpdateDoctorDto } from '../../../src/doctors/dto/doctors.dto';
import { NoticeTextDto } from '../../../src/notifications/dto/notifications.dto';
import { CreateMedicalRecordDto } from '../../../src/patients/dto/medical-records.dto';
import { EmergencyContactDto, PatientProfileDto } from '../../../src/patients/dto/patient-profile.dto';
import { ReplaceScheduleDto, WeeklyHoursDto } from '../../../src/scheduling/dto/schedule.dto';
import { CreateTimeOffDto } from '../../../src/scheduling/dto/time-off.dto';
import { ChangePasswordDto } from '../../../src/users/dto/users.dto';
import { FIELD_LIMITS } from './limits';

type Limit = { min?: number; max?: number; length?: number; maxBytes?: number; maxItems?: number };

/** The constraints of one class-validator rule of a DTO property (inherited rules included). */
function constraintsOf(target: abstract new () => unknown, property: string, rule: string): unknown[] | undefined {
  const found = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((metadata) => metadata.propertyName === property && metadata.name === rule);
  expect(found).toHaveLength(1);
  return found[0].constraints;
}

describe('FIELD_LIMITS', () => {
  it.each(Object.entries(FIELD_LIMITS as Record<string, Limit>))('%s is a sane bound', (_field, limit) => {
    const values = Object.values(limit);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
    }
    if (limit.min !== undefined && limit.max !== undefined) {
      expect(limit.min).toBeLessThanOrEqual(limit.max);
    }
    // A string of `max` ASCII characters must fit the byte cap.
    if (limit.maxBytes !== undefined && limit.max !== undefined) {
      expect(limit.maxBytes).toBeGreaterThanOrEqual(limit.max);
    }
    for (const positive of [limit.length, limit.maxItems, limit.maxBytes]) {
      expect(positive === undefined || positive > 0).toBe(true);
    }
  });

  const L = FIELD_LIMITS;
  const cases: [abstract new () => unknown, string, string, number[]][] = [
    [RegisterDto, 'email', 'maxLength', [L.email.max]],
    [RegisterDto, 'password', 'isLength', [L.password.min, L.password.max]],
    [RegisterDto, 'fullName', 'isLength', [L.fullName.min, L.fullName.max]],
    [RegisterDto, 'phone', 'isLength', [L.phone.min, L.phone.max]],
    [LoginDto, 'password', 'maxLength', [L.currentPassword.max]],
    [RefreshDto, 'refreshToken', 'maxLength', [L.refreshToken.max]],
    [ChangePasswordDto, 'currentPassword', 'maxLength', [L.currentPassword.max]],
    [ChangePasswordDto, 'newPassword', 'isLength', [L.password.min, L.password.max]],
    [PatientProfileDto, 'dateOfBirth', 'isLength', [L.dateOfBirth.length, L.dateOfBirth.length]],
    [PatientProfileDto, 'allergies', 'arrayMaxSize', [L.allergies.maxItems]],
    [PatientProfileDto, 'allergies', 'maxLength', [L.allergies.max]],
    [PatientProfileDto, 'address', 'maxLength', [L.address.max]],
    [EmergencyContactDto, 'name', 'isLength', [L.emergencyContactName.min, L.emergencyContactName.max]],
    [EmergencyContactDto, 'relationship', 'maxLength', [L.relationship.max]],
    [CreateMedicalRecordDto, 'diagnosis', 'isLength', [L.diagnosis.min, L.diagnosis.max]],
    [CreateMedicalRecordDto, 'icd10Code', 'maxLength', [L.icd10Code.max]],
    [CreateMedicalRecordDto, 'notes', 'maxLength', [L.recordNotes.max]],
    [CreateMedicalRecordDto, 'prescriptions', 'arrayMaxSize', [L.prescriptions.maxItems]],
    [CreateMedicalRecordDto, 'prescriptions', 'isLength', [L.prescriptions.min, L.prescriptions.max]],
    [DoctorProfileDto, 'specialization', 'isLength', [L.specialization.min, L.specialization.max]],
    [DoctorProfileDto, 'licenseNumber', 'isLength', [L.licenseNumber.min, L.licenseNumber.max]],
    [DoctorProfileDto, 'yearsOfExperience', 'min', [L.yearsOfExperience.min]],
    [DoctorProfileDto, 'yearsOfExperience', 'max', [L.yearsOfExperience.max]],
    [UpdateDoctorDto, 'bio', 'maxLength', [L.bio.max]],
    [UpdateDoctorDto, 'timezone', 'maxLength', [L.timezone.max]],
    [ListDoctorsQueryDto, 'specialization', 'isLength', [L.specializationFilter.min, L.specializationFilter.max]],
    [ListDoctorsQueryDto, 'search', 'isLength', [L.search.min, L.search.max]],
    [WeeklyHoursDto, 'dayOfWeek', 'max', [L.dayOfWeek.max]],
    [WeeklyHoursDto, 'startTime', 'maxLength', [L.timeOfDay.max]],
    [ReplaceScheduleDto, 'weeklyHours', 'arrayMaxSize', [L.weeklyHours.maxItems]],
    [CreateTimeOffDto, 'reason', 'isLength', [L.timeOffReason.min, L.timeOffReason.max]],
    [ChangeAppointmentStatusDto, 'reason', 'isLength', [L.reason.min, L.reason.max]],
    [UpdateAppointmentDto, 'notes', 'isLength', [L.appointmentNotes.min, L.appointmentNotes.max]],
    [NoticeTextDto, 'title', 'isLength', [L.title.min, L.title.max]],
    [NoticeTextDto, 'body', 'isLength', [L.body.min, L.body.max]],
    [PaginationQueryDto, 'page', 'max', [L.page.max]],
    [PaginationQueryDto, 'limit', 'max', [L.limit.max]],
  ];
  const named = cases.map(([target, property, rule, expected]) => ({
    field: `${target.name}.${property}`,
    target,
    property,
    rule,
    expected,
  }));
  it.each(named)('$field is checked by $rule with $expected', ({ target, property, rule, expected }) => {
    expect(constraintsOf(target, property, rule)).toEqual(expected);
  });
});
