import { DEFAULT_PAGE_LIMIT, FIELD_LIMITS } from '@app/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** The plugin reads a property with a default as required; in a query, a default means the client may leave it out. */
export const OptionalInteger = () => ApiPropertyOptional({ type: 'integer', format: 'int32' });

/** `FIELD_LIMITS.page.max`: far past any real list; bigger numbers would overflow the SQL offset. */
export const MAX_PAGE = FIELD_LIMITS.page.max;

export class PaginationQueryDto {
  /** Page number, 1..100000. */
  @OptionalInteger()
  @Type(() => Number)
  @IsInt()
  @Min(FIELD_LIMITS.page.min)
  @Max(MAX_PAGE)
  page: number = 1;

  /** Items per page, 1..100. */
  @OptionalInteger()
  @Type(() => Number)
  @IsInt()
  @Min(FIELD_LIMITS.limit.min)
  @Max(FIELD_LIMITS.limit.max)
  limit: number = DEFAULT_PAGE_LIMIT;
}

export function offsetOf(query: PaginationQueryDto): number {
  return (query.page - 1) * query.limit;
}
