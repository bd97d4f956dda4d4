import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from '@app/contracts';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class PaginationQueryDto {
  /** Page number, from 1. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  /** Items per page, 1..100. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  limit: number = DEFAULT_PAGE_LIMIT;
}

export function offsetOf(query: PaginationQueryDto): number {
  return (query.page - 1) * query.limit;
}
