// Builds a library of the real shape from a seed: researchers, a tag tree with tombstones and a merged tag,
// sources of report-like text (some PDFs with pages, some deleted), claims of every kind quoting their
// source exactly (tags, notes, statements, every status, some figure totals, some tombstones) and a few
// saved briefings. Every record passes the bundle schema and the library checks, and the same options
// always give the same library.
import { createHash } from 'node:crypto';
import { createRandom, deriveSeed } from './seeded-random.mjs';
import { buildSourceText } from './source-text.mjs';

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const FORMATS = [
  { format: 'txt', extractor: 'txt/1+text/1', ext: 'txt' },
  { format: 'html', extractor: 'html/1+text/1', ext: 'html' },
  { format: 'md', extractor: 'md/1+text/1', ext: 'md' },
  { format: 'pdf', extractor: 'pdf/2', ext: 'pdf' },
  { format: 'docx', extractor: 'docx/1+html/1+text/1', ext: 'docx' },
];
const TAG_WORDS = [
  'finance',
  'housing',
  'transport',
  'health',
  'schools',
  'planning',
  'environment',
  'safety',
];
const NAMES = [
  'Ana Ruiz',
  'Ben Okafor',
  'Chloe Martin',
  'Dev Shah',
  'Eva Novak',
  'Femi Adeyemi',
  'Greta Lind',
  'Hugo Bell',
];
const STATUSES = ['suggested', 'accepted', 'accepted', 'verified', 'rejected'];
const CONTEXT = 32;
const SENTENCES = new WeakMap();

export const sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
export const stampAt = (ms) => new Date(ms).toISOString();

function buildResearchers(rng, count) {
  return Array.from({ length: count }, (_, i) => ({
    id: rng.uuid(),
    displayName: NAMES[i % NAMES.length] + (i >= NAMES.length ? ` ${i + 1}` : ''),
    updatedAt: stampAt(START + i * DAY),
    updatedBy: '',
    deleted: false,
  })).map((r, _, all) => ({ ...r, updatedBy: all[0].id }));
}

function buildTags(rng, count, researchers) {
  const tags = [];
  if (count === 0) return tags;
  for (let i = 0; i < count; i += 1) {
    const parent = i > 0 && rng.chance(0.7) ? tags[rng.int(Math.max(0, i - 40), i - 1)] : null;
    const at = START + rng.int(0, 30) * DAY;
    tags.push({
      id: rng.uuid(),
      name: `${rng.pick(TAG_WORDS)} ${i + 1}`,
      parentId: parent ? parent.id : null,
      colour: `#${rng.hex(6)}`,
      description: rng.chance(0.3)
        ? `Claims about ${rng.pick(TAG_WORDS)}, as agreed in the team's codebook.`
        : '',
      updatedAt: stampAt(at),
      updatedBy: rng.pick(researchers).id,
      deleted: false,
    });
  }
  // Tombstones: a few deleted tags, and one merged into another (claims naming it are redirected on merge).
  for (let i = 0; i < Math.max(1, Math.floor(count / 50)); i += 1) tags[rng.int(0, count - 1)].deleted = true;
  const merged = tags[count - 1];
  const into = tags.find((t) => !t.deleted && t !== merged && t.parentId !== merged.id);
  if (count > 2 && into) Object.assign(merged, { deleted: true, mergedInto: into.id });
  return tags;
}

const SYLLABLES = [
  'ash',
  'bar',
  'cole',
  'dun',
  'el',
  'fen',
  'gar',
  'holt',
  'ing',
  'ker',
  'lan',
  'mor',
  'nash',
  'ock',
  'pey',
  'rid',
];
const GIVEN = [
  'Ana',
  'Ben',
  'Cara',
  'Dev',
  'Eli',
  'Fay',
  'Gus',
  'Hana',
  'Ivo',
  'Jun',
  'Kit',
  'Lea',
  'Max',
  'Nia',
  'Oz',
];
const ORGANISATIONS = [
  'Department for Education',
  'Office for Budget Responsibility',
  'National Audit Office',
  'Local Government Association',
  'Environment Agency',
  'District Council',
];

/** A person (family names of two syllables: 256 of them) or, one time in four, an organisation. */
function buildAuthor(rng) {
  if (rng.chance(0.25)) return { literal: rng.pick(ORGANISATIONS) };
  const family = rng.pick(SYLLABLES) + rng.pick(SYLLABLES);
  return { family: family[0].toUpperCase() + family.slice(1), given: rng.pick(GIVEN) };
}

function buildPages(text, rng) {
  const pages = [];
  let start = 0;
  while (start < text.length) {
    const end = Math.min(text.length, start + rng.int(1200, 2400));
    pages.push({ index: pages.length, label: String(pages.length + 1), start, end });
    start = end;
  }
  return pages;
}

function buildSource(rng, i, options, researchers) {
  const { text, sentences } = buildSourceText(rng, options.sourceChars);
  const kind = FORMATS[i % FORMATS.length];
  const importedAt = START + rng.int(0, 400) * DAY + rng.int(0, DAY - 1);
  const title = `Report ${i + 1} on local services`;
  const source = {
    id: sha256Hex(`evidence-scale-source:${options.seed}:${i}`),
    textHash: sha256Hex(text),
    title,
    format: kind.format,
    fileName: `report-${i + 1}.${kind.ext}`,
    extractorVersion: kind.extractor,
    metadata: {
      type: 'report',
      title,
      author: [buildAuthor(rng)],
      publisher: 'District Council',
      issued: { 'date-parts': [[rng.int(2000, 2024), rng.int(1, 12), rng.int(1, 28)]] },
      URL: `https://reports.example.org/${i + 1}`,
    },
    text,
    importedAt: stampAt(importedAt),
    updatedAt: stampAt(importedAt),
    updatedBy: rng.pick(researchers).id,
    deleted: rng.chance(options.deletedShare / 2),
  };
  if (kind.format === 'pdf') source.pages = buildPages(text, rng);
  return { source, sentences };
}

function pageOf(source, start) {
  const page = source.pages?.find((p) => start >= p.start && start < p.end);
  return page ? page.index : undefined;
}

function claimFields(kind, sentence, rng) {
  if (kind === 'figure') return { value: sentence.value, unit: 'GBP', approximate: rng.chance(0.1) };
  if (kind === 'date') return { startDate: sentence.iso, precision: 'day' };
  if (kind === 'stance') {
    const stance = /opposed|criticised|questioned/.test(sentence.verb) ? 'oppose' : 'support';
    return { actor: sentence.actor, stance, topic: sentence.topic };
  }
  return {};
}

/** One claim on `sentence` of `source`: its natural kind mostly, else a quote of the whole sentence. */
export function buildClaim(rng, source, sentence, ctx) {
  const kind = rng.chance(0.75) ? sentence.kind : 'quote';
  const [start, end] =
    kind === 'figure' || kind === 'date'
      ? [sentence.partStart, sentence.partEnd]
      : [sentence.start, sentence.end];
  const text = source.text;
  const created = Date.parse(source.importedAt) + rng.int(0, 60) * DAY + rng.int(0, DAY - 1);
  const updated = rng.chance(0.4) ? created + rng.int(1, 30) * DAY : created;
  const author = rng.pick(ctx.researchers).id;
  const target = {
    source: source.id,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - CONTEXT), start),
        suffix: text.slice(end, end + CONTEXT),
      },
      { type: 'TextPositionSelector', start, end },
    ],
  };
  const page = pageOf(source, start);
  if (page !== undefined) target.page = page;
  const claim = {
    id: rng.uuid(),
    sourceId: source.id,
    target,
    kind,
    fields: claimFields(kind, sentence, rng),
    statement: rng.chance(0.8) ? text.slice(sentence.start, sentence.end) : '',
    tagIds: Array.from(
      { length: ctx.liveTags.length > 0 ? rng.int(0, 3) : 0 },
      () => rng.pick(ctx.liveTags).id,
    ).filter((id, i, all) => all.indexOf(id) === i),
    note: rng.chance(0.4)
      ? `Checked against the minutes; see ${rng.pick(['p. 4', 'the appendix', 'item 7'])}.`
      : '',
    status: rng.pick(STATUSES),
    createdAt: stampAt(created),
    createdBy: author,
    updatedAt: stampAt(updated),
    updatedBy: rng.chance(0.8) ? author : rng.pick(ctx.researchers).id,
    deleted: rng.chance(ctx.deletedShare),
  };
  const figures = ctx.figuresOf(source.id);
  if (kind === 'figure' && figures.length >= 2 && rng.chance(0.03)) claim.fields.totalOf = figures.slice(-2);
  if (kind === 'figure') figures.push(claim.id);
  return claim;
}

function buildBriefings(rng, count, liveTags, sources, researchers) {
  return Array.from({ length: count }, (_, i) => ({
    id: rng.uuid(),
    title: `Briefing ${i + 1}: spending and decisions`,
    introduction: 'What the sources say about spending, in the words of the documents.',
    sections: ['key-figures', 'timeline', 'positions', 'cross-checks', 'quotes', 'references'],
    claimFilter:
      i % 2 === 0 && liveTags.length > 0
        ? { tagIds: [rng.pick(liveTags).id] }
        : { kinds: ['figure', 'date'], sourceIds: [rng.pick(sources).id] },
    style: rng.pick(['harvard', 'apa', 'chicago']),
    updatedAt: stampAt(START + 420 * DAY + i * DAY),
    updatedBy: rng.pick(researchers).id,
    deleted: false,
  }));
}

/**
 * A library from `options`: { seed, sources, claims, sourceChars, tags, researchers, briefings,
 * deletedShare }. Claims are spread over the sources round-robin with a random sentence each.
 */
export function buildLibrary(options) {
  const o = { tags: 200, researchers: 8, briefings: 6, deletedShare: 0.03, ...options };
  const rng = createRandom(deriveSeed(o.seed, 'library'));
  const researchers = buildResearchers(rng, o.researchers);
  const tags = buildTags(rng, o.tags, researchers);
  const liveTags = tags.filter((t) => !t.deleted);
  const built = Array.from({ length: o.sources }, (_, i) => buildSource(rng, i, o, researchers));
  const sources = built.map((b) => b.source);
  const figures = new Map();
  const ctx = {
    researchers,
    liveTags,
    deletedShare: o.deletedShare,
    figuresOf: (id) => figures.get(id) ?? figures.set(id, []).get(id),
  };
  const claims = [];
  for (let i = 0; i < o.claims; i += 1) {
    const { source, sentences } = built[i % built.length];
    claims.push(buildClaim(rng, source, rng.pick(sentences), ctx));
  }
  // A claim naming the merged tag, as one made before the merge would.
  const merged = tags.find((t) => t.mergedInto);
  if (merged && claims.length > 0) claims[0].tagIds = [merged.id];
  const briefings = buildBriefings(rng, o.briefings, liveTags, sources, researchers);
  const library = { researchers, tags, sources, claims, briefings };
  SENTENCES.set(library, new Map(built.map((b) => [b.source.id, b.sentences])));
  return library;
}

/** The sentence spans of each source of a library this module built (for claims added to a copy of it). */
export function sentencesOf(library, sourceId) {
  return SENTENCES.get(library)?.get(sourceId) ?? [];
}
