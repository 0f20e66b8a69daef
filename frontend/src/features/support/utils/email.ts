/**
 * A plausible email address: something before one @, a domain with a dot after it, no spaces. The server has the
 * last word; this only catches typing mistakes before a chip is added.
 */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
