import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule, ConfigService, registerAs } from '@nestjs/config';
import { APP_CONFIG, type AppConfig } from './app-config';

/** The namespace of the settings in `@nestjs/config`'s `ConfigService`. */
export const APP_SETTINGS = 'app';

/** `ConfigService` typed for our one namespace: `settings.get('app', { infer: true })` is an `AppConfig`. */
export type AppConfigService = ConfigService<{ [APP_SETTINGS]: AppConfig }, true>;

/**
 * The settings through `@nestjs/config`: the environment is validated against `ENV_SCHEMA` by `loadConfig` before
 * Nest starts (so a bad variable stops the start with one line and no stack of module errors), then registered as
 * the `app` namespace. Nothing is read from `.env` files or `process.env` behind the schema's back. `APP_CONFIG`
 * is the same object for the services that take the whole settings.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      imports: [
        NestConfigModule.forRoot({
          ignoreEnvFile: true,
          skipProcessEnv: true,
          load: [registerAs(APP_SETTINGS, () => config)],
        }),
      ],
      providers: [
        {
          provide: APP_CONFIG,
          inject: [ConfigService],
          useFactory: (settings: AppConfigService): AppConfig => settings.get(APP_SETTINGS, { infer: true }),
        },
      ],
      exports: [APP_CONFIG, NestConfigModule],
    };
  }
}
