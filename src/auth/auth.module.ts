import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { RateLimitStore } from '../common/rate-limit.store';
import { UsersModule } from '../users/users.module';
import { ActorService } from './actor.service';
import { AuthController } from './auth.controller';
import { JwtAuthGuard, RolesGuard } from './auth.guards';
import { AuthService } from './auth.service';
import { AccessTokenAuthenticator, JwtStrategy } from './jwt.strategy';
import { LoginThrottle } from './login-throttle.service';
import { TokenService } from './token.service';

@Module({
  imports: [PassportModule, JwtModule.register({}), UsersModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    ActorService,
    TokenService,
    AccessTokenAuthenticator,
    JwtStrategy,
    LoginThrottle,
    RateLimitStore,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AccessTokenAuthenticator, TokenService, RateLimitStore],
})
export class AuthModule {}
