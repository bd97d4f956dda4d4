import { Injectable } from '@nestjs/common';
import { pageOf, type Doctor, type Page, type SpecializationCount } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { offsetOf } from '../common/http/pagination.dto';
import type { DoctorEntity } from './doctor.entity';
import { toDoctorResponse } from './doctor.mapper';
import { DoctorsRepository } from './doctors.repository';
import type { ListDoctorsQueryDto, UpdateDoctorDto } from './dto/doctors.dto';
import { accountChanges } from '../users/account-fields';
import { AccessPolicy, notFound } from '../access/access-policy';
import { UsersRepository } from '../users/users.repository';

/** The doctor directory and profiles. Every signed-in user may read them; the doctor or an admin edits. */
@Injectable()
export class DoctorsService {
  constructor(
    private readonly doctors: DoctorsRepository,
    private readonly access: AccessPolicy,
    private readonly users: UsersRepository,
  ) {}

  async listDoctors(_actor: Actor, query: ListDoctorsQueryDto): Promise<Page<Doctor>> {
    const [rows, total] = await this.doctors.findPage(query, offsetOf(query), query.limit);
    return pageOf(rows.map(toDoctorResponse), total, query.page, query.limit);
  }

  listSpecializations(_actor: Actor): Promise<SpecializationCount[]> {
    return this.doctors.countBySpecialization();
  }

  async getMyProfile(actor: Actor): Promise<Doctor> {
    if (!actor.doctorId) {
      throw notFound('doctor');
    }
    return this.getDoctor(actor, actor.doctorId);
  }

  async getDoctor(_actor: Actor, id: string): Promise<Doctor> {
    const doctor = await this.doctors.findById(id);
    if (!doctor) {
      throw notFound('doctor');
    }
    return toDoctorResponse(doctor);
  }

  /** Profile fields on the doctor row, name and phone on the account, in one transaction. */
  async updateDoctor(actor: Actor, id: string, dto: UpdateDoctorDto): Promise<Doctor> {
    this.access.require(actor, 'doctor.manage', { doctorId: id, changesLicence: dto.licenseNumber !== undefined });
    return this.doctors.transaction(async (em) => {
      const doctor = await this.doctors.lockById(id, em);
      if (!doctor) {
        throw notFound('doctor');
      }
      const profile: Partial<DoctorEntity> = {};
      if (dto.specialization !== undefined) {
        profile.specialization = dto.specialization;
      }
      if (dto.licenseNumber !== undefined) {
        profile.licenseNumber = dto.licenseNumber;
      }
      if (dto.yearsOfExperience !== undefined) {
        profile.yearsOfExperience = dto.yearsOfExperience;
      }
      if (dto.bio !== undefined) {
        profile.bio = dto.bio;
      }
      if (dto.timezone !== undefined) {
        profile.timezone = dto.timezone;
      }
      const account = accountChanges(dto);
      if (Object.keys(profile).length > 0) {
        await this.doctors.updateProfile(id, profile, em);
      }
      if (Object.keys(account).length > 0) {
        await this.users.update(doctor.userId, account, em);
      }
      return toDoctorResponse((await this.doctors.findById(id, em))!);
    });
  }
}
