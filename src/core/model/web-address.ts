// The one rule for a web address stored with a source or written into a briefing: http or https only
// (never javascript:, data: or file:), parsed and written in its normalised form, so a space, an angle
// bracket or a quote in it is percent-encoded and can never end a link or start markup in any format.
// Without a URL parser in core's typings, the check is done by hand: scheme, then no whitespace or
// markup characters in what follows, which the percent-encoding below guarantees.

const SCHEME = /^(https?):\/\/(?=[^\s/?#])/i;

/** The address normalised (scheme lower-cased, unsafe characters percent-encoded), or null if not http(s). */
export function normaliseWebAddress(text: string): string | null {
  const value = text.trim();
  const scheme = SCHEME.exec(value);
  if (!scheme) return null;
  const rest = value.slice(scheme[0].length);
  const host = /^[^/?#]*/.exec(rest)![0];
  // A host is letters, digits, dots, hyphens, a port, or an IPv6 literal; anything else is not an address.
  if (!/^(\[[0-9A-Fa-f:.]+\]|[\p{L}\p{N}.-]+)(:\d{1,5})?$/u.test(host)) return null;
  const encoded = rest
    .slice(host.length)
    .replace(/[\s<>"'`\\{}|^]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `${scheme[1]!.toLowerCase()}://${host.toLowerCase()}${encoded}`;
}

/**
 * Whether an address may be stored and linked as it is: http(s), with nothing in it that could end a link
 * or start markup. Addresses stored before normalisation (an upper-case host, say) still pass.
 */
export function isStoredWebAddress(text: string): boolean {
  return normaliseWebAddress(text) !== null && !/[\s<>"'`\\{}|^]/u.test(text);
}
