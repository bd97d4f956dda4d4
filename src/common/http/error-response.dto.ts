import type { ErrorCode, ErrorDetail, ErrorResponse, OccurrenceErrorDetail } from '@app/contracts';
import { ApiExtraModels, ApiProperty, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import { EnumField, InstantField, IntegerField } from './api-fields';

/** One offending field of a 400 `VALIDATION_FAILED`. */
@ApiSchema({ name: 'ErrorDetail' })
export class ErrorDetailDto implements ErrorDetail {
  /**
   * The offending field, dotted for nested ones (`patient.dateOfBirth`).
   * @example "startsAt"
   */
  field!: string;
  /** @example "startsAt must be an ISO 8601 date-time with an offset, such as 2030-01-07T10:00:00Z" */
  message!: string;
}

/** One occurrence of a recurring series that cannot be booked (`POST /appointments/series`, 409 or 422). */
@ApiSchema({ name: 'OccurrenceErrorDetail' })
export class OccurrenceErrorDetailDto implements OccurrenceErrorDetail {
  /**
   * 1 for the first occurrence (the request's `startsAt`), 2 for the next, and so on.
   * @example 3
   */
  @IntegerField({ minimum: 1, maximum: 26 })
  occurrence!: number;
  @InstantField()
  startsAt!: string;
  /** The code a booking of this occurrence alone would answer. */
  @EnumField('ErrorCode')
  code!: ErrorCode;
  /** @example "The time overlaps another appointment or a hold" */
  message!: string;
}

/** Every error answers with this shape. */
@ApiExtraModels(ErrorDetailDto, OccurrenceErrorDetailDto)
@ApiSchema({ name: 'ErrorResponse' })
export class ErrorResponseDto implements ErrorResponse {
  /**
   * The HTTP status, repeated.
   * @example 409
   */
  @IntegerField({ minimum: 400, maximum: 599 })
  statusCode!: number;
  /**
   * The HTTP reason phrase.
   * @example "Conflict"
   */
  error!: string;
  /** A stable code clients can switch on. */
  @EnumField('ErrorCode')
  code!: ErrorCode;
  /**
   * For people; may change between releases.
   * @example "The time overlaps another appointment of the doctor or the patient"
   */
  message!: string;
  /**
   * With 400 `VALIDATION_FAILED`: one entry per offending field (`ErrorDetail`). With a refused recurring series
   * (409, 422): one entry per failing occurrence (`OccurrenceErrorDetail`).
   */
  @ApiProperty({
    required: false,
    type: 'array',
    items: { oneOf: [{ $ref: getSchemaPath(ErrorDetailDto) }, { $ref: getSchemaPath(OccurrenceErrorDetailDto) }] },
  })
  details?: (ErrorDetailDto | OccurrenceErrorDetailDto)[];
  /**
   * The request path, without its query.
   * @example "/api/v1/appointments"
   */
  path!: string;
  @InstantField()
  timestamp!: string;
  /**
   * The same value as the `X-Request-Id` header.
   * @example "3f2c7a4e-9b1d-4c55-8a47-0f5c2e8b9d10"
   */
  requestId!: string;
}
