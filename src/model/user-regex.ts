// The user-regex dialect: how a regex a user writes (allowlist values, imported gitleaks rules) is read.
// JavaScript syntax, plus a leading (?i) (as gitleaks and Go configs write it) turned into the 'i' flag.

/** The user-regex rule as parts: a leading (?i) becomes the 'i' flag; the rest is JavaScript syntax. */
export function userRegexParts(source: string): { body: string; flags: '' | 'i' } {
  return source.startsWith('(?i)') ? { body: source.slice(4), flags: 'i' } : { body: source, flags: '' };
}

/** Compiles a user regex by the rule above. Throws SyntaxError when invalid. */
export function compileUserRegex(source: string): RegExp {
  const { body, flags } = userRegexParts(source);
  return new RegExp(body, flags);
}
