import type { ErrorCode, ErrorDetail, ErrorResponse } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { ERROR_CODES } from '@app/contracts';

export class ErrorDetailDto implements ErrorDetail {
  /** The offending field, dotted for nested ones (`patient.dateOfBirth`). */
  field!: string;
  message!: string;
}

/** Every error answers with this shape. */
export class ErrorResponseDto implements ErrorResponse {
  /** The HTTP status, repeated. */
  statusCode!: number;
  /** The HTTP reason phrase. */
  error!: string;
  /** A stable code clients can switch on. */
  @ApiProperty({ enum: ERROR_CODES })
  code!: ErrorCode;
  message!: string;
  details?: ErrorDetailDto[];
  /** The request path, without its query. */
  path!: string;
  timestamp!: string;
  /** The same value as the `X-Request-Id` header. */
  requestId!: string;
}
