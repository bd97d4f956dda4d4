import type { PageMeta } from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { IntegerField } from './api-fields';

/** Where a page sits in the whole list. */
@ApiSchema({ name: 'PageMeta' })
export class PageMetaDto implements PageMeta {
  /** @example 1 */
  @IntegerField({ minimum: 1 })
  page!: number;
  /** @example 20 */
  @IntegerField({ minimum: 1, maximum: 100 })
  limit!: number;
  /** Items in the whole list. */
  @IntegerField({ minimum: 0 })
  total!: number;
  /** `ceil(total / limit)`; 0 for an empty list. */
  @IntegerField({ minimum: 0 })
  totalPages!: number;
}
