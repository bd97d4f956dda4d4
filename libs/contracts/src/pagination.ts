export const MAX_PAGE_LIMIT = 100;
export const DEFAULT_PAGE_LIMIT = 20;

export interface PageMeta {
  page: number;
  limit: number;
  total: number;
  totalPages: number;
}

export interface Page<T> {
  data: T[];
  meta: PageMeta;
}

export function pageOf<T>(data: T[], total: number, page: number, limit: number): Page<T> {
  return { data, meta: { page, limit, total, totalPages: Math.ceil(total / limit) } };
}
