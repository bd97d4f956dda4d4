import { ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { APP_CONFIG, loadConfig } from './app-config';
import { APP_SETTINGS, ConfigModule } from './config.module';

describe('ConfigModule', () => {
  it('gives the validated settings to Nest: the same object as APP_CONFIG and as the app namespace of ConfigService', async () => {
    const config = loadConfig({ DATABASE_URL: 'pglite://memory', JWT_SECRET: 'x'.repeat(40), PORT: '4123' });
    const moduleRef = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config)] }).compile();
    const settings = moduleRef.get(ConfigService);
    expect(moduleRef.get(APP_CONFIG)).toBe(config);
    expect(settings.get(APP_SETTINGS)).toEqual(config);
    expect(settings.get(`${APP_SETTINGS}.port`)).toBe(4123);
  });

  it('reads nothing from process.env behind the schema', async () => {
    process.env.CLINIC_CONFIG_PROBE = 'leaked';
    try {
      const config = loadConfig({ DATABASE_URL: 'pglite://memory', JWT_SECRET: 'x'.repeat(40) });
      const moduleRef = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config)] }).compile();
      expect(moduleRef.get(ConfigService).get('CLINIC_CONFIG_PROBE')).toBeUndefined();
    } finally {
      delete process.env.CLINIC_CONFIG_PROBE;
    }
  });
});
