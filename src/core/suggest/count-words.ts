// Word lists that decide whether a number is a count worth suggesting. A count needs a plural head noun
// ("285 expressions", "two independent trusts"); durations, ages, measures and a document's own parts
// are not counts, and a number right after a label word ("phase 1", "Table 3") is a name, not a count.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Heads that make the number a duration, an age, a measure or a share of something else. */
export const NOT_COUNT_HEADS = set(`
  years months weeks days hours minutes seconds decades centuries nights mornings evenings weekends terms
  semesters periods olds year-olds times
  miles kilometres kilometers km metres meters feet inches yards acres hectares litres kilograms kg tonnes tons
  pounds pence euros dollars points degrees percent
  sections chapters pages paragraphs paras items questions headings subheadings sub-headings themes articles
  features principles options steps stages phases annexes appendices tables figures charts bullets lines words
  reasons ways examples issues concerns aims objectives priorities recommendations proposals criteria elements
  parts categories pillars strands things lessons tips facts
`);

/** Plural nouns that do not end in s. */
export const IRREGULAR_PLURALS = set('children people staff men women police personnel cattle');

/** Words ending in s that are not plural nouns. */
export const NOT_PLURAL_S = set(`
  was has is its this thus as us yes less unless across always perhaps whereas besides towards afterwards
  various previous serious numerous famous plus bus gas news series species means lens analysis basis crisis
  status campus bonus census virus focus process access success business address progress
`);

/** Function words: a number followed by one of these (before any head noun) is not a count. */
export const FUNCTION_WORDS = set(`
  the a an and or but nor to in on at for with by from into onto upon that which who whom whose what when
  where why how was were is are be been being am has have had having will would could should may might can
  must shall not no than as if it they them their this these those each every per so such then there here
  he she his her we our you your i me my us also only just even both either neither all any some
`);

/** A number right after one of these labels something: "phase 1", "Table 3", "aged 16", "Year 6". */
export const LABEL_WORDS = set(`
  phase phases section sections chapter chapters part parts page pages p pp paragraph paragraphs para annex
  appendix table figure fig chart step steps stage stages tier level band grade year years key option
  question questions article rule schedule clause regulation round wave number no version room box line
  item point category class type group priority standard principle recommendation ward route junction term
  week day session lot act aged age ages list volume vol issue edition series unit floor flat
  platform gate
`);
