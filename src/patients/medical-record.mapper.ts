import type { MedicalRecord } from '@app/contracts';
import type { MedicalRecordEntity } from './medical-record.entity';

export function toMedicalRecordResponse(record: MedicalRecordEntity): MedicalRecord {
  return {
    id: record.id,
    patientId: record.patientId,
    doctorId: record.doctorId,
    appointmentId: record.appointmentId,
    diagnosis: record.diagnosis,
    icd10Code: record.icd10Code,
    notes: record.notes,
    prescriptions: record.prescriptions,
    status: record.status,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
