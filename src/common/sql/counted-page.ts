import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The column `countedPage` adds: the number of rows of the whole read, on each row of the page. */
export interface PageTotal {
  page_total: string;
}

/**
 * Runs a page (`page`: ordered, with its offset and limit) whose rows also carry the count of every row the read
 * matches (`count(*) OVER ()`), for a read that visits all its matches anyway (a search): the matches are read once,
 * not once for the count and once more for the page. A page past the last match has no row to carry the count, so
 * `count` (the same read, unordered) answers it then. `raw[i]` is the raw row of `entities[i]`.
 */
export async function countedPage<E extends ObjectLiteral, R extends ObjectLiteral = ObjectLiteral>(
  page: SelectQueryBuilder<E>,
  count: SelectQueryBuilder<E>,
  offset: number,
): Promise<{ entities: E[]; raw: (R & PageTotal)[]; total: number }> {
  const { entities, raw } = await page.addSelect('count(*) OVER ()', 'page_total').getRawAndEntities<R & PageTotal>();
  if (entities.length > 0) {
    return { entities, raw, total: Number(raw[0].page_total) };
  }
  return { entities, raw, total: offset === 0 ? 0 : await count.getCount() };
}
