import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RefreshTokenEntity } from './refresh-token.entity';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { RateLimitStore } from '../common/rate-limit.store';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DoctorsModule } from '../doctors/doctors.module';
import { PatientsModule } from '../patients/patients.module';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { UsersModule } from '../users/users.module';
import { ActorCache } from './actor-cache';
import { ActorRepository } from './actor.repository';
import { ActorService } from './actor.service';
import { ApiKeyActors } from './api-key-actors';
import { AuthController } from './auth.controller';
import { JwtAuthGuard, RolesGuard } from './auth.guards';
import { AuthService } from './auth.service';
import { AccessTokenAuthenticator } from './jwt.strategy';
import { LoginThrottle } from './login-throttle.service';
import { TokenService } from './token.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([RefreshTokenEntity]),
    // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to parse it as a PEM key on
    // every sign and verify, which was a fifth of the CPU of an authenticated request.
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.jwt.secret, 'utf8')) }),
    }),
    UsersModule,
    DoctorsModule,
    PatientsModule,
    SchedulingModule,
    ApiKeysModule,
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    ActorService,
    ActorRepository,
    ActorCache,
    ApiKeyActors,
    TokenService,
    AccessTokenAuthenticator,
    LoginThrottle,
    RateLimitStore,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AccessTokenAuthenticator, TokenService, RateLimitStore],
})
export class AuthModule {}
