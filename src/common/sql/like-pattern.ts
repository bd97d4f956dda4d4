/** Escapes LIKE wildcards so a search for `50%` means the text `50%`; matches anywhere in the value. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Whether a trigram index (`pg_trgm`) can narrow an `ILIKE` of this term: only when it holds three letters or digits
 * in a row, pg_trgm's smallest piece of a word. A shorter term matches through every entry of the index, so a query
 * does better to read the table (and the rows it joins) once.
 */
export function trigramNarrows(term: string): boolean {
  return /[\p{L}\p{N}]{3}/u.test(term);
}
