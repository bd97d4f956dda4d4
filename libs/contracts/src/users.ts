import type { Role } from './roles';

export interface User {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  phone: string | null;
  isActive: boolean;
  patientId: string | null;
  doctorId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: User;
}
