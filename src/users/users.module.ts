import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from './user.entity';
import { RefreshTokensRepository } from '../auth/refresh-tokens.repository';
import { passwordHashingPoolProvider } from './password-hashing.pool';
import { PasswordService } from './password.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  controllers: [UsersController],
  // RefreshTokensRepository is auth's table, provided here because deactivation and a password change revoke the
  // user's tokens, and AuthModule imports this module (not the other way round).
  providers: [UsersService, UsersRepository, RefreshTokensRepository, PasswordService, passwordHashingPoolProvider],
  exports: [UsersRepository, RefreshTokensRepository, PasswordService],
})
export class UsersModule {}
