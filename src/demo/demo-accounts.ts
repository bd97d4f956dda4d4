import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor';
import { RegisterDto } from '../auth/dto/register.dto';
import { PasswordService } from '../users/password.service';
import { DEMO_ADMIN, DEMO_DOCTORS, DEMO_PASSWORD, type DemoDoctor, type DemoPatient } from './demo-cast';
import { DemoClinicRepository, type DemoAccount, type NewDemoUser } from './demo-clinic.repository';
import { requestBody } from './request-body';
import { doctorProfileRow, type NewDoctorProfile } from '../doctors/doctor-profiles';
import { patientProfileRow, type NewPatientProfile } from '../patients/patient-profiles';

/** The demo accounts, as the callers the services take: doctors and patients in the cast's order. */
export interface DemoCast {
  admin: Actor;
  doctors: Actor[];
  patients: Actor[];
  accounts: DemoAccount[];
}

export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) {
    throw new Error(`demo clinic: ${what} is missing`);
  }
  return value;
}

function actorOf(account: DemoAccount): Actor {
  return { userId: account.userId, role: account.role, patientId: account.patientId, doctorId: account.doctorId };
}

/**
 * The demo accounts: created when missing, never changed once there. Registration would hash the password once per
 * account at the configured cost (73 times); here every body still passes `RegisterDto`'s rules, but the shared
 * password is hashed once, and users and profiles go in with one statement per table.
 */
export class DemoAccounts {
  constructor(
    private readonly app: INestApplicationContext,
    private readonly repository: DemoClinicRepository,
  ) {}

  /** Creates the accounts of `emails` that do not exist yet, in one transaction; answers how many. */
  async createMissing(emails: string[], patients: DemoPatient[]): Promise<number> {
    const existing = new Set((await this.repository.findAccounts(emails)).map((a) => a.email));
    if (emails.every((email) => existing.has(email))) {
      return 0;
    }
    const passwordHash = await this.app.get(PasswordService).hash(DEMO_PASSWORD);
    const users: NewDemoUser[] = [];
    const newPatients: NewPatientProfile[] = [];
    const newDoctors: NewDoctorProfile[] = [];
    if (!existing.has(DEMO_ADMIN.email)) {
      users.push({ id: randomUUID(), passwordHash, role: 'admin', ...DEMO_ADMIN });
    }
    for (const doctor of DEMO_DOCTORS.filter((d) => !existing.has(d.email))) {
      const dto = await this.registration(doctor);
      const id = randomUUID();
      users.push({
        id,
        email: dto.email,
        passwordHash,
        fullName: dto.fullName,
        role: 'doctor',
        phone: dto.phone ?? null,
      });
      newDoctors.push(doctorProfileRow(id, required(dto.doctor, 'a doctor profile')));
    }
    for (const patient of patients.filter((p) => !existing.has(p.email))) {
      const dto = await this.registration(patient);
      const id = randomUUID();
      users.push({
        id,
        email: dto.email,
        passwordHash,
        fullName: dto.fullName,
        role: 'patient',
        phone: dto.phone ?? null,
      });
      newPatients.push(patientProfileRow(id, required(dto.patient, 'a patient profile')));
    }
    await this.repository.createAccounts(users, newPatients, newDoctors);
    return users.length;
  }

  /** The registration body of a demo account, checked by the same rules as `POST /auth/register`. */
  private registration(person: DemoDoctor | DemoPatient): Promise<RegisterDto> {
    const common = { email: person.email, password: DEMO_PASSWORD, fullName: person.fullName, phone: person.phone };
    if ('specialization' in person) {
      const { specialization, licenseNumber, yearsOfExperience, bio, timezone } = person;
      return requestBody(RegisterDto, {
        ...common,
        role: 'doctor',
        doctor: { specialization, licenseNumber, yearsOfExperience, bio, timezone },
      });
    }
    return requestBody(RegisterDto, { ...common, role: 'patient', patient: person.profile });
  }

  /** Every demo account, read back; an address taken by another role means this database is not the demo's. */
  async castOf(emails: string[], patients: DemoPatient[]): Promise<DemoCast> {
    const accounts = await this.repository.findAccounts(emails);
    const byEmail = new Map(accounts.map((a) => [a.email, a]));
    const actor = (email: string, role: Actor['role']): Actor => {
      const account = required(byEmail.get(email), `the account ${email}`);
      if (account.role !== role) {
        throw new Error(`${email} already exists as a ${account.role}, not a ${role}: this is not the demo clinic`);
      }
      return actorOf(account);
    };
    return {
      admin: actor(DEMO_ADMIN.email, 'admin'),
      doctors: DEMO_DOCTORS.map((d) => actor(d.email, 'doctor')),
      patients: patients.map((p) => actor(p.email, 'patient')),
      accounts,
    };
  }
}
