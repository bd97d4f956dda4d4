import { Module } from '@nestjs/common';
import { ApiKeyUsage } from './api-key-usage';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysService } from './api-keys.service';

/** API keys: made, listed and revoked by admins; found by hash and their use recorded for authentication (auth). */
@Module({
  controllers: [ApiKeysController],
  providers: [ApiKeysRepository, ApiKeysService, ApiKeyUsage],
  exports: [ApiKeysRepository, ApiKeyUsage],
})
export class ApiKeysModule {}
