import { Injectable } from '@nestjs/common';
import type { DoctorPresence } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { ForbiddenError, NotFoundError } from '../common/errors/app-error';
import { DoctorPresenceRepository } from './doctor-presence.repository';
import type { SetDoctorStatusDto } from './dto/doctor-status.dto';
import { LiveDelivery } from './live-delivery.service';

/** Reading a doctor's presence and setting the status they show while connected (REST and socket alike). */
@Injectable()
export class DoctorStatusService {
  constructor(
    private readonly records: DoctorPresenceRepository,
    private readonly delivery: LiveDelivery,
  ) {}

  /** Any signed-in user may see whether a doctor is reachable. */
  async getStatus(_actor: Actor, doctorId: string): Promise<DoctorPresence> {
    const presence = await this.records.find(doctorId);
    if (!presence) {
      throw new NotFoundError('DOCTOR_NOT_FOUND', 'Doctor not found');
    }
    return presence;
  }

  /** The doctor's own status; stored while offline too, and announced only if it changed while online. */
  async setOwnStatus(actor: Actor, dto: SetDoctorStatusDto): Promise<DoctorPresence> {
    if (actor.role !== 'doctor' || !actor.doctorId) {
      throw new ForbiddenError('Only a doctor may set their status');
    }
    const { presence, changed } = await this.records.setPreferredStatus(actor.doctorId, dto.status);
    if (!presence) {
      throw new NotFoundError('DOCTOR_NOT_FOUND', 'Doctor not found');
    }
    if (changed && presence.isOnline) {
      this.delivery.presence(presence);
    }
    return presence;
  }
}
