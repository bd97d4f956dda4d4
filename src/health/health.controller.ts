import { Controller, Get } from '@nestjs/common';
import { ApiServiceUnavailableResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { DatabaseProbe } from '../database/database.probe';
import { HealthDto } from './dto/health.dto';

const READY_TIMEOUT_MS = 2000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly database: DatabaseProbe) {}

  /** 200 while the process runs. */
  @ApiOperation({ summary: 'Liveness probe' })
  @Get('live')
  @Public()
  checkLiveness(): HealthDto {
    return { status: 'ok' };
  }

  /** 200 when the database answers within 2 s, else 503 `SERVICE_UNAVAILABLE`. */
  @ApiOperation({ summary: 'Readiness probe' })
  @Get('ready')
  @Public()
  @ApiServiceUnavailableResponse({ description: 'The database does not answer', type: ErrorResponseDto })
  async checkReadiness(): Promise<HealthDto> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.database.ping(), timeout]);
      return { status: 'ok' };
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', 'The database is not reachable');
    } finally {
      clearTimeout(timer);
    }
  }
}
