// Key names as words, shared by the value filters and the assignment rules: one split rule for
// camelCase, PascalCase, snake_case, kebab-case, dotted and acronym-led names. Pure.

/** A key name split into lower-case words: nextPageToken, NEXT_PAGE_TOKEN, next-page-token -> next page token. */
export function keyWordsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}
