import { Module } from '@nestjs/common';
import { passwordHashingPoolProvider } from './password-hashing.pool';
import { PasswordService } from './password.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController],
  providers: [UsersService, UsersRepository, PasswordService, passwordHashingPoolProvider],
  exports: [UsersRepository, PasswordService],
})
export class UsersModule {}
