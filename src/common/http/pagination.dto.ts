import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from '@app/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** The plugin reads a property with a default as required; in a query, a default means the client may leave it out. */
export const OptionalInteger = () => ApiPropertyOptional({ type: 'integer', format: 'int32' });

/** Far past any real list; bigger numbers would overflow the SQL offset (a 500 instead of a 400). */
export const MAX_PAGE = 100_000;

export class PaginationQueryDto {
  /** Page number, 1..100000. */
  @OptionalInteger()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  /** Items per page, 1..100. */
  @OptionalInteger()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  limit: number = DEFAULT_PAGE_LIMIT;
}

export function offsetOf(query: PaginationQueryDto): number {
  return (query.page - 1) * query.limit;
}
