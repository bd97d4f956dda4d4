/**
 * Open sockets per doctor. A doctor is online while the count is above zero, on any instance: tabs, devices and
 * instances all count.
 */
export interface PresenceCounter {
  add(doctorId: string, socketId: string): Promise<void>;
  remove(doctorId: string, socketId: string): Promise<void>;
  /** Live sockets of the doctor, every instance together. */
  count(doctorId: string): Promise<number>;
  /** Keeps this instance's sockets alive and forgets expired ones; answers the doctors left with none. */
  heartbeat(): Promise<string[]>;
  /** Forgets this instance's sockets (graceful shutdown); answers their doctors. */
  removeAllLocal(): Promise<string[]>;
  /** Doctors with a live socket somewhere; at start, everyone else's `is_online` flag is stale. */
  liveDoctorIds(): Promise<string[]>;
}

export const PRESENCE_COUNTER = Symbol('PRESENCE_COUNTER');

/** The sockets of this process, by doctor. */
export class LocalSockets {
  private readonly byDoctor = new Map<string, Set<string>>();

  add(doctorId: string, socketId: string): void {
    const sockets = this.byDoctor.get(doctorId) ?? new Set<string>();
    sockets.add(socketId);
    this.byDoctor.set(doctorId, sockets);
  }

  remove(doctorId: string, socketId: string): void {
    const sockets = this.byDoctor.get(doctorId);
    sockets?.delete(socketId);
    if (sockets?.size === 0) {
      this.byDoctor.delete(doctorId);
    }
  }

  count(doctorId: string): number {
    return this.byDoctor.get(doctorId)?.size ?? 0;
  }

  entries(): [string, string[]][] {
    return [...this.byDoctor].map(([doctorId, sockets]) => [doctorId, [...sockets]]);
  }

  clear(): string[] {
    const doctors = [...this.byDoctor.keys()];
    this.byDoctor.clear();
    return doctors;
  }
}

/** One instance (no Redis): the counts live in this process, and nothing is live when it starts. */
export class InProcessPresenceCounter implements PresenceCounter {
  private readonly sockets = new LocalSockets();

  async add(doctorId: string, socketId: string): Promise<void> {
    this.sockets.add(doctorId, socketId);
  }

  async remove(doctorId: string, socketId: string): Promise<void> {
    this.sockets.remove(doctorId, socketId);
  }

  async count(doctorId: string): Promise<number> {
    return this.sockets.count(doctorId);
  }

  async heartbeat(): Promise<string[]> {
    return [];
  }

  async removeAllLocal(): Promise<string[]> {
    return this.sockets.clear();
  }

  async liveDoctorIds(): Promise<string[]> {
    return this.sockets.entries().map(([doctorId]) => doctorId);
  }
}
