// References and in-text citations through citeproc-js, the CSL engine Zotero uses: no formatter of our
// own. Each cited source becomes a CSL-JSON item (its stored metadata, its title when the metadata has
// none); the engine gives the bibliography in the style's order and each citation's in-text form with
// its locator ("(Department for Education, 2014, p. 4)"). Plain text output: writers escape it.
import CSL from 'citeproc';
import { citationStyle, retrieveLocale } from './citation-styles';
import type { CitationStyleId } from '../document/briefing-document';
import type { Source } from '../../model/records';

export type CitedPassage = { sourceId: string; locator: { label: 'page' | 'paragraph'; value: string } };

export type FormattedCitations = {
  /** The bibliography, each source once, in the style's order. */
  references: { sourceId: string; text: string }[];
  /** The in-text form of each passage, in the order given. */
  inText: string[];
};

export function formatCitations(
  style: CitationStyleId,
  sources: readonly Source[],
  passages: readonly CitedPassage[],
): FormattedCitations {
  if (sources.length === 0) return { references: [], inText: passages.map(() => '') };
  const items = new Map(sources.map((source) => [source.id, toCslItem(source)]));
  const chosen = citationStyle(style);
  const engine = new CSL.Engine(
    { retrieveLocale, retrieveItem: (id: string) => items.get(id) },
    chosen.csl,
    chosen.locale,
    true,
  );
  engine.setOutputFormat('text');
  engine.updateItems([...items.keys()]);
  const bibliography = engine.makeBibliography();
  const references = bibliography
    ? bibliography[1].map((text, i) => ({
        sourceId: bibliography[0].entry_ids[i]?.[0] ?? '',
        text: text.replace(/\s+/g, ' ').trim(),
      }))
    : [];
  const inText = formatInText(engine, passages, (id) => items.has(id));
  return { references, inText };
}

/**
 * Each passage's in-text form. `makeCitationCluster` renders against the registry `updateItems` filled
 * (so a name or year the bibliography disambiguates, "2018a", is disambiguated here too) without
 * re-running the registry per citation, which `previewCitationCluster` does: that made a briefing's
 * citations quadratic in its sources (minutes at a thousand sources). A whole-number locator is rendered
 * once per source and label with a placeholder number put in its place, since the style treats every
 * whole number alike; other locators (page labels such as "iv" or "A-3") are rendered as they are. Both
 * are cached, as one passage is often cited several times.
 */
function formatInText(
  engine: { makeCitationCluster(items: { id: string; locator: string; label: string }[]): string },
  passages: readonly CitedPassage[],
  isKnown: (sourceId: string) => boolean,
): string[] {
  const cache = new Map<string, string>();
  const render = (sourceId: string, label: string, value: string): string => {
    const key = `${sourceId}\u0000${label}\u0000${value}`;
    let form = cache.get(key);
    if (form === undefined) {
      form = engine.makeCitationCluster([{ id: sourceId, locator: value, label }]).trim();
      cache.set(key, form);
    }
    return form;
  };
  return passages.map(({ sourceId, locator }) => {
    if (!isKnown(sourceId)) return '';
    if (!WHOLE_NUMBER.test(locator.value)) return render(sourceId, locator.label, locator.value);
    return render(sourceId, locator.label, PLACEHOLDER).replace(PLACEHOLDER, locator.value);
  });
}

/** A locator the style renders like any other whole number; the placeholder is one no year or page reads. */
const WHOLE_NUMBER = /^[1-9][0-9]{0,8}$/;
const PLACEHOLDER = '918273645';

/** The source's CSL-JSON with its id; a type CSL knows (a document otherwise) and a title. */
export function toCslItem(source: Source): Record<string, unknown> {
  const { metadata } = source;
  return {
    ...metadata,
    id: source.id,
    type: metadata.type || 'document',
    title: metadata.title?.trim() || source.title,
  };
}
