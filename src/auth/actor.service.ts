import { Injectable } from '@nestjs/common';
import { AppError } from '../common/errors/app-error';
import type { AccessTokenPayload, Actor } from './actor';
import { ActorCache, type ActorRow } from './actor-cache';
import { ActorRepository } from './actor.repository';

/** A deactivated account, a changed password or a changed role all retire earlier tokens. */
function accepts(row: ActorRow | undefined, payload: AccessTokenPayload): row is ActorRow {
  return row !== undefined && row.is_active && row.token_version === payload.ver && row.role === payload.role;
}

/** Turns a verified access token into the caller, refusing deactivated users and superseded tokens. */
@Injectable()
export class ActorService {
  constructor(
    private readonly actors: ActorRepository,
    private readonly cache: ActorCache,
  ) {}

  async actorFor(payload: AccessTokenPayload, options: { fresh?: boolean } = {}): Promise<Actor> {
    const cached = options.fresh ? undefined : this.cache.get(payload.sub);
    if (accepts(cached, payload)) {
      return toActor(cached);
    }
    // A refusal is always the database's word, never the cache's (see ActorCache).
    const mark = this.cache.mark();
    const row = await this.actors.findRow(payload.sub);
    if (!accepts(row, payload)) {
      throw new AppError('UNAUTHORIZED', 'Missing or invalid access token');
    }
    this.cache.store(row, mark);
    return toActor(row);
  }
}

function toActor(row: ActorRow): Actor {
  return { userId: row.id, role: row.role, patientId: row.patient_id, doctorId: row.doctor_id };
}
