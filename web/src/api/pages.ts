/** The most pages a screen reads of one list: 2,000 items at the contract's 100 a page. */
export const MAX_PAGES = 20;

/**
 * Every item of a list the contract pages (`limit` at most 100), for screens that show a whole day or week: the
 * first page says how many pages there are, the others are asked for together. An item that moved between pages
 * while they were read (a booking made meanwhile) is kept once. `total` is the list's size, so a screen can say when
 * it shows less (past `MAX_PAGES`).
 */
export async function allPages<T extends { id: string }>(
  fetchPage: (page: number) => Promise<{ data: T[]; meta: { total: number; totalPages: number } }>,
): Promise<{ data: T[]; total: number }> {
  const first = await fetchPage(1);
  const last = Math.min(first.meta.totalPages, MAX_PAGES);
  const rest = await Promise.all(Array.from({ length: Math.max(0, last - 1) }, (_, index) => fetchPage(index + 2)));
  const byId = new Map<string, T>();
  for (const item of [first, ...rest].flatMap((page) => page.data)) {
    if (!byId.has(item.id)) {
      byId.set(item.id, item);
    }
  }
  return { data: [...byId.values()], total: Math.max(first.meta.total, byId.size) };
}
