import { Injectable, Logger } from '@nestjs/common';
import { MAX_WATCHED_DOCTORS_PER_SOCKET, type WatchAck } from '@app/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DoctorsRepository } from '../doctors/doctors.repository';
import { WatchSlotsDto } from './dto/slot-watch.dto';
import { slotsRoom, watchedDoctorCount, type ClinicSocket } from './realtime.types';

const REFUSED_PAYLOAD: WatchAck = { ok: false, code: 'VALIDATION_FAILED' };

/**
 * `slots.watch` / `slots.unwatch`: a socket follows a doctor's free time by joining the doctor's slots room. Any role
 * may watch any active doctor (free time is public, `slots.changed` carries no patient data); at most
 * `MAX_WATCHED_DOCTORS_PER_SOCKET` doctors per socket. Answers, never throws.
 */
@Injectable()
export class SlotWatchService {
  private readonly logger = new Logger('SlotWatchService');
  /** Each socket's watch messages run one after another, so an unwatch sent after a watch is applied after it. */
  private readonly turns = new WeakMap<ClinicSocket, Promise<unknown>>();

  constructor(private readonly doctors: DoctorsRepository) {}

  watch(socket: ClinicSocket, payload: unknown): Promise<WatchAck> {
    return this.inTurn(socket, () => this.join(socket, payload));
  }

  unwatch(socket: ClinicSocket, payload: unknown): Promise<WatchAck> {
    return this.inTurn(socket, async () => {
      const doctorId = doctorIdOf(payload);
      if (doctorId === null) {
        return REFUSED_PAYLOAD;
      }
      await socket.leave(slotsRoom(doctorId));
      return { ok: true };
    });
  }

  private async join(socket: ClinicSocket, payload: unknown): Promise<WatchAck> {
    const doctorId = doctorIdOf(payload);
    if (doctorId === null) {
      return REFUSED_PAYLOAD;
    }
    const room = slotsRoom(doctorId);
    if (socket.rooms.has(room)) {
      return { ok: true };
    }
    if (watchedDoctorCount(socket) >= MAX_WATCHED_DOCTORS_PER_SOCKET) {
      return REFUSED_PAYLOAD;
    }
    try {
      const doctor = await this.doctors.findById(doctorId);
      if (!doctor?.user.isActive) {
        return { ok: false, code: 'DOCTOR_NOT_FOUND' };
      }
    } catch (error) {
      this.logger.error({ err: error, userId: socket.data.actor.userId }, 'slots.watch failed');
      return { ok: false, code: 'INTERNAL_ERROR' };
    }
    // A socket that left while the doctor was looked up must not join: its room entry would outlive it.
    if (socket.connected) {
      await socket.join(room);
    }
    return { ok: true };
  }

  private inTurn(socket: ClinicSocket, work: () => Promise<WatchAck>): Promise<WatchAck> {
    const previous = this.turns.get(socket) ?? Promise.resolve();
    const answer = previous.catch(() => undefined).then(work);
    this.turns.set(socket, answer);
    return answer;
  }
}

/** The doctor id of a valid `{ doctorId }` payload (a UUID, nothing else), or null. */
function doctorIdOf(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return null;
  }
  const dto = plainToInstance(WatchSlotsDto, payload);
  return validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }).length > 0 ? null : dto.doctorId;
}
