// Whether a suggested stance names the same actor as its gold label. Gold actors are free descriptions
// ("Barnardo's charity", "Local Government Association (LGA)"), so an exact match would be too strict: two
// actors agree when they share a content word, or when one is the other's acronym.

/** Words that say nothing about who the actor is: articles, prepositions and parts of office titles. */
const NOT_NAMING = new Set([
  'the',
  'of',
  'for',
  'and',
  'a',
  'an',
  'in',
  'on',
  'to',
  'its',
  'their',
  'state',
  'secretary',
  'under',
  'parliamentary',
]);

/** The actor's words as written: runs of letters, digits and apostrophes. */
function tokens(actor: string): string[] {
  return actor.match(/[\p{L}\p{N}'’]+/gu) ?? [];
}

/** Lower-case content words, possessive "'s" dropped, so "Barnardo's" and "Barnardo" are one word. */
function contentWords(actor: string): string[] {
  const words =
    actor
      .replace(/['’]s\b/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => !NOT_NAMING.has(word));
}

/** The initials of the capitalised words, lower-cased: "Local Government Association" gives "lga". */
function initials(actor: string): string {
  return tokens(actor)
    .filter((token) => /^\p{Lu}/u.test(token))
    .map((token) => token[0]!.toLowerCase())
    .join('');
}

/** True when the suggested actor is the gold actor, by a shared content word or an acronym. */
export function actorsAgree(goldActor: string | undefined, actor: string | undefined): boolean {
  const suggested = contentWords(actor ?? '');
  if (suggested.length === 0) return false;
  const gold = contentWords(goldActor ?? '');
  if (suggested.some((word) => gold.includes(word))) return true;
  const goldInitials = initials(goldActor ?? '');
  const suggestedInitials = initials(actor ?? '');
  const isAcronym = (letters: string) => letters.length > 1;
  return (
    (isAcronym(goldInitials) && suggested.includes(goldInitials)) ||
    (isAcronym(suggestedInitials) && gold.includes(suggestedInitials)) ||
    (isAcronym(goldInitials) && goldInitials === suggestedInitials)
  );
}
