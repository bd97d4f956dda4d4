export interface EmergencyContact {
  name: string;
  phone: string;
  relationship?: string;
}

export const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];
export const BLOOD_TYPES = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'] as const;
export type BloodType = (typeof BLOOD_TYPES)[number];

export interface Patient {
  id: string;
  userId: string;
  fullName: string;
  email: string;
  phone: string | null;
  /** `YYYY-MM-DD`. */
  dateOfBirth: string | null;
  gender: Gender | null;
  bloodType: BloodType | null;
  allergies: string[];
  address: string | null;
  emergencyContact: EmergencyContact | null;
  createdAt: string;
  updatedAt: string;
}

/** `GET /patients?sort=`: a leading `-` sorts descending. */
export const PATIENT_SORTS = ['fullName', '-fullName', 'createdAt', '-createdAt'] as const;
export type PatientSort = (typeof PATIENT_SORTS)[number];
export const DEFAULT_PATIENT_SORT: PatientSort = 'fullName';

export const MEDICAL_RECORD_STATUSES = ['active', 'resolved'] as const;
export type MedicalRecordStatus = (typeof MEDICAL_RECORD_STATUSES)[number];

/**
 * ICD-10 code: a letter (not U, reserved), two characters, then optionally a dot and 1..4 more (`E11`, `J45.909`).
 * The `medical_records` table has the same CHECK.
 */
export const ICD10_CODE_PATTERN = /^[A-TV-Z][0-9][0-9AB](\.[0-9A-TV-Z]{1,4})?$/;

export interface MedicalRecord {
  id: string;
  patientId: string;
  /** The author. */
  doctorId: string;
  appointmentId: string | null;
  diagnosis: string;
  icd10Code: string | null;
  notes: string | null;
  prescriptions: string[];
  status: MedicalRecordStatus;
  createdAt: string;
  updatedAt: string;
}
