import { Injectable } from '@nestjs/common';
import type { DoctorPresence } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { DoctorPresenceRepository } from './doctor-presence.repository';
import type { SetDoctorStatusDto } from './dto/doctor-status.dto';
import { LiveDelivery } from './live-delivery.service';
import { AccessPolicy, notFound } from '../access/access-policy';

/** Reading a doctor's presence and setting the status they show while connected (REST and socket alike). */
@Injectable()
export class DoctorStatusService {
  constructor(
    private readonly records: DoctorPresenceRepository,
    private readonly delivery: LiveDelivery,
    private readonly access: AccessPolicy,
  ) {}

  /** Any signed-in user may see whether a doctor is reachable. */
  async getStatus(_actor: Actor, doctorId: string): Promise<DoctorPresence> {
    const presence = await this.records.find(doctorId);
    if (!presence) {
      throw notFound('doctor');
    }
    return presence;
  }

  /** The doctor's own status; stored while offline too, and announced only if it changed while online. */
  async setOwnStatus(actor: Actor, dto: SetDoctorStatusDto): Promise<DoctorPresence> {
    this.access.require(actor, 'doctor.set_status', {});
    const doctorId = this.access.doctorIdOf(actor);
    const { presence, changed } = await this.records.setPreferredStatus(doctorId, dto.status);
    if (!presence) {
      throw notFound('doctor');
    }
    if (changed && presence.isOnline) {
      this.delivery.presence(presence);
    }
    return presence;
  }
}
