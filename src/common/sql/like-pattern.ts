/** Escapes LIKE wildcards so a search for `50%` means the text `50%`; matches anywhere in the value. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
