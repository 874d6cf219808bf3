// What can hold a view, read from the words alone: a person's name, an office, an organisation, a group of
// people — a noun phrase whose head is a name or a noun of those classes. Headings, section names, list
// labels, the words a sentence opens with ("Well", "One", "The", "Reaffirming") and a reference that names
// nobody ("my hon. Friend") pass every capitalisation test a name does, so the rules that find holders
// by shape ask this before they offer one.

import { HEADING_WORD } from './transcript-turns';

/** Parts of a document that head a section as its name ("Executive Summary", "Response in the UK",
 * a plan's "Objectives" and "Vision"). */
const DOCUMENT_PART =
  /^(?:Foreword|Preface|Summary|Introduction|Conclusions?|Overview|Background|Prologue|Epilogue|Afterword|Glossary|Index|Bibliography|References|Acknowledgements?|Abstract|Synopsis|Response|Responses|Consultation|Chapters?|Sections?|Paragraphs?|Questions?|Contents|Objectives?|Aims?|Vision|Mission|Priorities|Goals?|Outcomes?)$/u;
/** Words that open a sentence and never a name: determiners, possessives, conjunctions, interjections,
 * question words, auxiliaries and number words used as pronouns ("One is: ..."). */
const FUNCTION_WORD =
  /^(?:I|We|You|He|She|It|They|The|A|An|This|That|These|Those|My|Our|Your|His|Her|Its|Their|And|But|Or|So|If|When|While|Whilst|Although|Because|As|Yes|No|Well|Oh|Now|Then|Thus|What|Why|How|Who|Where|Is|Are|Was|Were|Do|Does|Did|Will|Would|Can|Could|Should|May|Might|Must|Has|Have|Had|One|Two|Three|Four|Five|Some|Many|Most|All|Each|Every|Any|Such|Let|Thank|Please)$/iu;
const DETERMINER = /^(?:The|This|That|These|Those|My|Our|Your|His|Her|Its|Their)$/u;
/** Words that open a sentence as an adverbial ("Within the EU, Ireland will ...", "Last October, the
 * Council ...", "Otherwise, the farmer ...", "Perhaps the Institute was concerned ..."). */
const OPENER_WORD =
  /^(?:Within|In|On|At|From|Under|After|Before|During|Since|Until|Through|Across|Among|Amongst|Despite|Without|Against|Beyond|Otherwise|However|Therefore|Nevertheless|Nonetheless|Also|Indeed|Instead|Meanwhile|Furthermore|Moreover|Yesterday|Today|Tomorrow|Tonight|Last|Next|Q|Perhaps|Maybe|Clearly|Surely|Frankly|Certainly|Obviously|Unfortunately|Fortunately|Sadly|Hopefully|Ultimately|Finally|Firstly|Secondly|Thirdly|Lastly|Again|Still|Yet|Even|Only|Just|Rather|Hence|Accordingly|Consequently|Similarly|Likewise|Additionally|Separately|Altogether)$/u;
/** A number or a quantity alone names nobody ("Seventeen", "Others"); before a noun it may ("Nineteen
 * federal agencies"). */
const COUNT_ALONE =
  /^(?:Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\p{Lu}\p{Ll}+teen|(?:Twen|Thir|For|Fif|Six|Seven|Eigh|Nine)ty|Hundreds|Thousands|Millions|Dozens|Half|Both|Several|Few|Others|Another)$/u;
/** A part of a law or document by its number: "Section 7", "Clause 4", "Article 6.4". */
const NUMBERED_PART =
  /^(?:Section|Clause|Article|Part|Chapter|Paragraph|Schedule|Regulation|Rule|Annex|Appendix)[ \u00a0]+\d/u;
/** A member referred to by courtesy, not by name. */
const REFERENCE = /^(?:hon\.?[ \u00a0]+)?(?:Friends?|Gentleman|Lady|Member)$/u;
/** A preposition ends the head of a phrase: "Secretary of State for Health" is headed by "Secretary". */
const PREPOSITION = /^(?:of|for|in|on|at|to|from|with|by|about|under|over)$/u;

/** Whether `actor` can name who holds a view. */
export function isHolder(actor: string): boolean {
  const words = actor
    .trim()
    .replace(/^the[ \u00a0]+/iu, '')
    .split(/[ \u00a0]+/u)
    .filter(Boolean);
  const first = words[0];
  if (!first || !/\p{L}/u.test(actor)) return false;
  // "I’m", "We’ve": a pronoun with its verb
  if (/[’'](?:m|re|ve|ll|d)$/u.test(first)) return false;
  // "The" alone, "One", "Well", "If hospitals": the words a sentence starts with; but a determiner before
  // a name ("The Taoiseach", "This Government") is part of how the holder is written
  const named = DETERMINER.test(first) && /^\p{Lu}/u.test(words[1] ?? '');
  if (FUNCTION_WORD.test(first) && !named) return false;
  if (OPENER_WORD.test(first) || NUMBERED_PART.test(actor.trim())) return false;
  if (words.length === 1 && COUNT_ALONE.test(first)) return false;
  if (REFERENCE.test(actor.trim())) return false;
  // a postcode ("SS99 1BD") names a place on a form, not a holder ("4Children" and "Catch22" do hold views)
  if (/\b\p{Lu}{1,2}\d{1,2}\p{Lu}?[ \u00a0]+\d\p{Lu}{2}\b/u.test(actor)) return false;
  const prepositionAt = words.findIndex((w) => PREPOSITION.test(w));
  // "Executive Summary", "Response in the UK": a heading's head noun names a part of the document
  // ("Information Commissioner" is headed by its last word, an office)
  const head = words[(prepositionAt < 0 ? words.length : prepositionAt) - 1] ?? first;
  if (DOCUMENT_PART.test(head)) return false;
  // "Key Findings", "Next Steps": a heading's last word; one word alone may be a body's name ("Contact", a
  // charity), and a name with a preposition is headed before it ("Action for Children")
  if (words.length > 1 && prepositionAt < 0 && HEADING_WORD.test(words[words.length - 1] as string))
    return false;
  // "Reaffirming", "Currently": a verb's -ing form or an adverb capitalised by its place
  return !(words.length === 1 && /^\p{Lu}\p{Ll}+(?:ing|ly)$/u.test(first));
}

/** "Revenue is a nice side effect", "Equipment is also needed": one word capitalised only by its place at
 * a sentence's start, which the text around `at` writes in lower case, is a common noun, not a body's name
 * (only the text nearby is read: a long text is not scanned whole for each position). A word the text also
 * capitalises inside a sentence ("the Shelter report", "as Labour said") is a name that is a noun too. */
export function isCommonWord(text: string, actor: string, at = 0): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(actor)) return false;
  const nearby = text.slice(Math.max(0, at - NEARBY), at + NEARBY);
  const lower = new RegExp(String.raw`(?<![\p{L}\p{N}])${actor.toLowerCase()}(?![\p{L}\p{N}])`, 'u');
  const named = new RegExp(String.raw`(?<=[\p{Ll}\p{N},;] )${actor}(?![\p{L}\p{N}])`, 'u');
  return lower.test(nearby) && !named.test(nearby);
}

const NEARBY = 5000;
