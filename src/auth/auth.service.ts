import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { TokenResponse, User } from '@app/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { notFound } from '../access/access-policy';
import { AppError, ValidationError } from '../common/errors/app-error';
import { DoctorsRepository } from '../doctors/doctors.repository';
import { doctorProfileRow } from '../doctors/doctor-profiles';
import { patientProfileRow } from '../patients/patient-profiles';
import { DoctorScheduleRepository } from '../scheduling/doctor-schedule.repository';
import { PatientsRepository } from '../patients/patients.repository';
import { PasswordService } from '../users/password.service';
import { toUserResponse, type UserWithProfiles } from '../users/user.mapper';
import { UsersRepository } from '../users/users.repository';
import type { Actor } from './actor';
import type { LoginDto, RegisterDto } from './dto/register.dto';
import { LoginThrottle } from './login-throttle.service';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { TokenService } from './token.service';

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly doctors: DoctorsRepository,
    private readonly patients: PatientsRepository,
    private readonly schedules: DoctorScheduleRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Admin bootstrap from ADMIN_EMAIL / ADMIN_PASSWORD: created once, never overwritten. */
  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.admin;
    // Checked first: hashing at the configured cost is the slowest step of a start, and only a first start needs it.
    if (!admin || (await this.users.findCredentials(admin.email))) {
      return;
    }
    const passwordHash = await this.passwords.hash(admin.password);
    const created = await this.users.insertUnlessExists({
      email: admin.email,
      passwordHash,
      fullName: 'Administrator',
      role: 'admin',
    });
    if (created) {
      this.logger.log({ email: admin.email }, 'admin account created');
    }
  }

  /** Creates the user and its profile in one transaction. */
  async register(dto: RegisterDto, address: string): Promise<TokenResponse> {
    if (dto.role !== 'patient' && dto.patient !== undefined) {
      throw new ValidationError([{ field: 'patient', message: 'patient is only allowed when role is patient' }]);
    }
    if (dto.role !== 'doctor' && dto.doctor !== undefined) {
      throw new ValidationError([{ field: 'doctor', message: 'doctor is only allowed when role is doctor' }]);
    }
    await this.throttle.registrationAttempt(address);
    const passwordHash = await this.passwords.hash(dto.password);
    return this.users.transaction(async (em) => {
      const userId = await this.users.insert(
        { email: dto.email, passwordHash, fullName: dto.fullName, role: dto.role, phone: dto.phone ?? null },
        em,
      );
      if (dto.role === 'doctor' && dto.doctor) {
        const doctor = await this.doctors.createProfile(em, doctorProfileRow(userId, dto.doctor));
        await this.schedules.insertDefaultWeek(doctor.id, em);
      } else {
        await this.patients.createProfile(em, patientProfileRow(userId, dto.patient));
      }
      const view = (await this.users.findById(userId, em))!;
      return this.issueTokens(em, view, randomUUID());
    });
  }

  /** Unknown email and wrong password answer alike (and take as long). */
  async login(dto: LoginDto, address: string): Promise<TokenResponse> {
    await this.throttle.beginLoginAttempt(dto.email, address);
    const user = await this.users.findCredentials(dto.email);
    const valid = await this.passwords.verify(dto.password, user?.passwordHash ?? null);
    if (!user || !valid) {
      throw new AppError('INVALID_CREDENTIALS', 'Wrong email or password');
    }
    if (!user.isActive) {
      throw new AppError('ACCOUNT_DISABLED', 'This account is deactivated');
    }
    await this.throttle.loginSucceeded(dto.email, address);
    const view = (await this.users.findById(user.id))!;
    return this.users.transaction((em) => this.issueTokens(em, view, randomUUID()));
  }

  /**
   * Rotation with reuse detection: each refresh token works once. The row is locked, so two concurrent
   * refreshes with one token cannot both win; a token presented after use revokes its whole family.
   */
  async refresh(refreshToken: string): Promise<TokenResponse> {
    const payload = this.tokens.verifyRefresh(refreshToken);
    const outcome = await this.refreshTokens.transaction(async (em) => {
      const row = await this.refreshTokens.findForUpdate(payload.jti, em);
      if (!row || row.tokenHash !== this.tokens.hash(refreshToken) || row.userId !== payload.sub) {
        return { kind: 'invalid' as const };
      }
      if (row.revokedAt) {
        return { kind: 'invalid' as const };
      }
      if (row.usedAt) {
        await this.refreshTokens.revokeFamily(row.familyId, em);
        return { kind: 'reused' as const };
      }
      await this.refreshTokens.markUsed(row.id, em);
      const view = await this.users.findById(row.userId, em);
      if (!view || !view.user.isActive) {
        await this.refreshTokens.revokeFamily(row.familyId, em);
        return { kind: 'invalid' as const };
      }
      return { kind: 'ok' as const, response: await this.issueTokens(em, view, row.familyId) };
    });
    switch (outcome.kind) {
      case 'ok':
        return outcome.response;
      case 'reused':
        throw new AppError('TOKEN_REUSED', 'This refresh token was already used; the session is revoked');
      case 'invalid':
        throw new AppError('INVALID_TOKEN', 'Invalid refresh token');
    }
  }

  /** Ends the login the refresh token belongs to. Idempotent for a token of the caller. */
  async logout(actor: Actor, refreshToken: string): Promise<void> {
    const payload = this.tokens.verifyRefresh(refreshToken);
    if (payload.sub !== actor.userId) {
      throw new AppError('INVALID_TOKEN', 'Invalid refresh token');
    }
    await this.refreshTokens.transaction((em) => this.refreshTokens.revokeFamily(payload.fam, em));
  }

  async me(actor: Actor): Promise<User> {
    const view = await this.users.findById(actor.userId);
    if (!view) {
      throw notFound('user');
    }
    return toUserResponse(view);
  }

  private async issueTokens(em: EntityManager, view: UserWithProfiles, familyId: string): Promise<TokenResponse> {
    const refresh = this.tokens.signRefresh(view.user.id, familyId);
    await this.refreshTokens.insert(
      {
        id: refresh.jti,
        userId: view.user.id,
        familyId,
        tokenHash: this.tokens.hash(refresh.token),
        expiresAt: refresh.expiresAt,
      },
      em,
    );
    return {
      accessToken: this.tokens.signAccess(view.user.id, view.user.role, view.user.tokenVersion),
      refreshToken: refresh.token,
      tokenType: 'Bearer',
      expiresIn: this.config.jwt.accessTtl,
      user: toUserResponse(view),
    };
  }
}
