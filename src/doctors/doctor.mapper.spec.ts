import type { UserEntity } from '../users/user.entity';
import type { DoctorEntity } from './doctor.entity';
import { doctorStatusOf, toDoctorResponse, type DoctorWithUser } from './doctor.mapper';

function doctor(fields: Partial<DoctorEntity> = {}, user: Partial<UserEntity> = {}): DoctorWithUser {
  return {
    id: 'd1',
    userId: 'u1',
    specialization: 'Cardiology',
    licenseNumber: 'LIC-1',
    yearsOfExperience: 12,
    bio: null,
    timezone: 'Europe/Berlin',
    isOnline: false,
    preferredStatus: 'online',
    lastSeenAt: null,
    createdAt: new Date('2027-01-01T10:00Z'),
    updatedAt: new Date('2027-01-02T10:00Z'),
    ...fields,
    user: {
      id: 'u1',
      email: 'dana@example.test',
      fullName: 'Dana Doctor',
      role: 'doctor',
      phone: '+49 30 1',
      isActive: true,
      tokenVersion: 0,
      createdAt: new Date('2027-01-01T10:00Z'),
      updatedAt: new Date('2027-01-01T10:00Z'),
      ...user,
    } as UserEntity,
  };
}

describe('doctor mapper', () => {
  it('reads offline while no socket is connected, whatever the chosen status', () => {
    expect(doctorStatusOf({ isOnline: false, preferredStatus: 'busy' })).toBe('offline');
    expect(doctorStatusOf({ isOnline: false, preferredStatus: 'online' })).toBe('offline');
  });

  it('reads the chosen status while connected', () => {
    expect(doctorStatusOf({ isOnline: true, preferredStatus: 'busy' })).toBe('busy');
    expect(doctorStatusOf({ isOnline: true, preferredStatus: 'online' })).toBe('online');
  });

  it('takes name, email and phone from the account and answers UTC times', () => {
    expect(toDoctorResponse(doctor({ lastSeenAt: new Date('2027-01-03T08:00+01:00') }))).toEqual({
      id: 'd1',
      userId: 'u1',
      fullName: 'Dana Doctor',
      email: 'dana@example.test',
      phone: '+49 30 1',
      specialization: 'Cardiology',
      licenseNumber: 'LIC-1',
      yearsOfExperience: 12,
      bio: null,
      timezone: 'Europe/Berlin',
      isOnline: false,
      status: 'offline',
      lastSeenAt: '2027-01-03T07:00:00.000Z',
      createdAt: '2027-01-01T10:00:00.000Z',
      updatedAt: '2027-01-02T10:00:00.000Z',
    });
  });

  it('reports the later change of profile and account as updatedAt', () => {
    const renamed = doctor({}, { updatedAt: new Date('2027-02-01T00:00Z') });
    expect(toDoctorResponse(renamed).updatedAt).toBe('2027-02-01T00:00:00.000Z');
  });
});
