import type { PageMeta } from '@app/contracts';

export class PageMetaDto implements PageMeta {
  page!: number;
  limit!: number;
  total!: number;
  totalPages!: number;
}
