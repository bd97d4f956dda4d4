/**
 * Deeper JSON than any DTO needs: class-transformer and class-validator recurse per level, so a small body of a few
 * thousand nested brackets would overflow the stack (a 500) before validation could refuse it.
 */
export const MAX_NESTING_DEPTH = 32;

/**
 * What makes input unusable whatever the route: too deep to validate; a NUL, which PostgreSQL text cannot hold; a
 * lone UTF-16 surrogate, which is no character at all (jsonb refuses it, text would silently store U+FFFD).
 */
export type UnsafeInput = 'too_deep' | 'nul_character' | 'lone_surrogate';

/** In `u` mode a paired surrogate is read as one code point, so only lone halves match. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Walks `value` iteratively (it cannot overflow itself) and names the first problem, if any. */
export function findUnsafeInput(value: unknown, maxDepth = MAX_NESTING_DEPTH): UnsafeInput | null {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (typeof node === 'string') {
      if (node.includes('\u0000')) {
        return 'nul_character';
      }
      if (LONE_SURROGATE.test(node)) {
        return 'lone_surrogate';
      }
      continue;
    }
    if (node === null || typeof node !== 'object') {
      continue;
    }
    if (depth >= maxDepth) {
      return 'too_deep';
    }
    for (const [key, child] of Object.entries(node)) {
      pending.push([key, depth + 1], [child, depth + 1]);
    }
  }
  return null;
}
