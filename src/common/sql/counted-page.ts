import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The column a counted page adds: the number of rows of the whole read, on each row of the page. */
export interface PageTotal {
  page_total: string;
}

/**
 * The total of a page whose rows carry `page_total` (`count(*) OVER ()` over the whole read). A page past the last
 * match has no row to carry it, so `count` answers then (and an empty first page means no match at all).
 */
export async function totalOfPage(
  raw: readonly PageTotal[],
  offset: number,
  count: () => Promise<number>,
): Promise<number> {
  if (raw.length > 0) {
    return Number(raw[0].page_total);
  }
  return offset === 0 ? 0 : count();
}

/**
 * Runs a page (`page`: ordered, with its offset and limit) whose rows also carry the count of every row the read
 * matches, for a read that visits all its matches anyway (a search): the matches are read once, not once for the
 * count and once more for the page. `count` is the same read, unordered, for a page past the last match.
 * `raw[i]` is the raw row of `entities[i]`.
 */
export async function countedPage<E extends ObjectLiteral, R extends ObjectLiteral = ObjectLiteral>(
  page: SelectQueryBuilder<E>,
  count: SelectQueryBuilder<E>,
  offset: number,
): Promise<{ entities: E[]; raw: (R & PageTotal)[]; total: number }> {
  const { entities, raw } = await page.addSelect('count(*) OVER ()', 'page_total').getRawAndEntities<R & PageTotal>();
  return { entities, raw, total: await totalOfPage(raw, offset, () => count.getCount()) };
}
