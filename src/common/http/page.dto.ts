import { FIELD_LIMITS, type PageMeta } from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { IntegerField } from './api-fields';

/** Where a page sits in the whole list. */
@ApiSchema({ name: 'PageMeta' })
export class PageMetaDto implements PageMeta {
  /** @example 1 */
  @IntegerField({ minimum: FIELD_LIMITS.page.min })
  page!: number;
  /** @example 20 */
  @IntegerField({ minimum: FIELD_LIMITS.limit.min, maximum: FIELD_LIMITS.limit.max })
  limit!: number;
  /** Items in the whole list. */
  @IntegerField({ minimum: 0 })
  total!: number;
  /** `ceil(total / limit)`; 0 for an empty list. */
  @IntegerField({ minimum: 0 })
  totalPages!: number;
}
