// Divergent copies of one library, as two researchers' laptops would hold after weeks apart: each copy has
// its own researcher who edits, re-tags and re-statuses some claims, deletes some, adds claims and new
// sources, renames tags, and (when asked) merges tags and re-imports changed texts of some sources. Two
// copies made with different labels overlap by chance, so merging them meets conflicts, tombstones,
// unknown records, merged tags and moved claims, as a real merge does.
import { buildClaim, buildLibrary, sentencesOf, sha256Hex, stampAt } from './build-library.mjs';
import { createRandom, deriveSeed } from './seeded-random.mjs';

const DAY = 86_400_000;
const LATER = Date.UTC(2025, 6, 1);

/**
 * A copy of `base` changed by a new researcher. Options: { seed, label, editShare, deleteShare,
 * addShare, newSources, renamedTags, mergedTags, changedTexts, sourceChars }.
 */
export function divergeLibrary(base, options) {
  const o = {
    editShare: 0.05,
    deleteShare: 0.01,
    addShare: 0.02,
    newSources: 0,
    renamedTags: 5,
    mergedTags: 0,
    changedTexts: 0,
    ...options,
  };
  const rng = createRandom(deriveSeed(o.seed, `diverge:${o.label}`));
  const at = () => stampAt(LATER + rng.int(0, 60) * DAY + rng.int(0, DAY - 1));
  const me = {
    id: rng.uuid(),
    displayName: `Researcher ${o.label}`,
    updatedAt: stampAt(LATER),
    updatedBy: '',
    deleted: false,
  };
  me.updatedBy = me.id;
  const stamp = (record, changes) => ({ ...record, ...changes, updatedAt: at(), updatedBy: me.id });

  const tags = base.tags.map((t) =>
    !t.deleted && rng.chance(o.renamedTags / base.tags.length)
      ? stamp(t, { name: `${t.name} (revised)` })
      : t,
  );
  const live = tags.filter((t) => !t.deleted && !tags.some((c) => c.parentId === t.id));
  const mergedInto = new Map();
  for (let i = 0; i < o.mergedTags && live.length > 2; i += 1) {
    const [from, into] = [live.splice(rng.int(0, live.length - 1), 1)[0], live[rng.int(0, live.length - 1)]];
    mergedInto.set(from.id, into.id);
    tags[tags.indexOf(from)] = stamp(from, { deleted: true, mergedInto: into.id });
  }

  const changedText = new Map();
  const sources = base.sources.map((s) => {
    if (
      changedText.size >= o.changedTexts ||
      s.deleted ||
      !rng.chance(Math.max(o.changedTexts * 4, 1) / base.sources.length)
    )
      return s;
    const text = `Revised edition. ${s.text}`;
    changedText.set(s.id, text);
    return stamp(s, {
      text,
      textHash: sha256Hex(text),
      pages: undefined,
      format: s.format === 'pdf' ? 'txt' : s.format,
      extractorVersion: s.format === 'pdf' ? 'txt/1+text/1' : s.extractorVersion,
    });
  });

  const claims = base.claims.map((c) => {
    if (changedText.has(c.sourceId))
      return stamp(c, { target: shiftTarget(c.target, changedText.get(c.sourceId)) });
    const tagIds = c.tagIds.some((id) => mergedInto.has(id))
      ? [...new Set(c.tagIds.map((id) => mergedInto.get(id) ?? id))]
      : c.tagIds;
    if (tagIds !== c.tagIds) return stamp(c, { tagIds });
    if (rng.chance(o.deleteShare)) return stamp(c, { deleted: true });
    if (!rng.chance(o.editShare)) return c;
    return stamp(c, {
      note: `${c.note} Re-read by ${me.displayName}.`.trim(),
      status: rng.pick(['accepted', 'verified', 'rejected']),
    });
  });

  const liveTags = tags.filter((t) => !t.deleted);
  const figures = new Map();
  const ctx = {
    researchers: [me],
    liveTags,
    deletedShare: 0,
    figuresOf: (id) => figures.get(id) ?? figures.set(id, []).get(id),
  };
  const added = Math.round(base.claims.length * o.addShare);
  const candidates = base.sources.filter((s) => !changedText.has(s.id) && sentencesOf(base, s.id).length > 0);
  for (let i = 0; i < added && candidates.length > 0; i += 1) {
    const source = rng.pick(candidates);
    claims.push({
      ...buildClaim(rng, source, rng.pick(sentencesOf(base, source.id)), ctx),
      updatedAt: at(),
      createdAt: stampAt(LATER),
    });
  }
  const library = {
    researchers: [...base.researchers, me],
    tags,
    sources,
    claims,
    briefings: base.briefings,
  };
  if (o.newSources > 0) addNewSources(library, o, me, at);
  return library;
}

const PREFIX = 'Revised edition. '.length;

/** A claim's target moved onto the revised text (which only gained a first sentence), as the app moves it. */
function shiftTarget(target, text) {
  const [quote, position] = target.selector;
  const [start, end] = [position.start + PREFIX, position.end + PREFIX];
  const { page: _page, ...rest } = target;
  return {
    ...rest,
    selector: [
      { ...quote, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
      { ...position, start, end },
    ],
  };
}

/** New sources (and their claims) only this copy has, stamped by its researcher. */
function addNewSources(library, o, me, at) {
  const extra = buildLibrary({
    seed: deriveSeed(o.seed, `new-sources:${o.label}`),
    sources: o.newSources,
    claims: o.newSources * 10,
    sourceChars: o.sourceChars,
    tags: 0,
    researchers: 1,
    briefings: 0,
    deletedShare: 0,
  });
  const liveTags = library.tags.filter((t) => !t.deleted);
  const rng = createRandom(deriveSeed(o.seed, `new-tags:${o.label}`));
  for (const s of extra.sources)
    library.sources.push({ ...s, updatedBy: me.id, updatedAt: at(), deleted: false });
  for (const c of extra.claims) {
    const tagIds = liveTags.length > 0 && rng.chance(0.5) ? [rng.pick(liveTags).id] : [];
    library.claims.push({ ...c, tagIds, createdBy: me.id, updatedBy: me.id, updatedAt: at() });
  }
}
