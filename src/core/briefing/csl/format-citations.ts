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
  const inText = passages.map((passage) =>
    items.has(passage.sourceId)
      ? engine
          .previewCitationCluster(
            {
              citationItems: [
                { id: passage.sourceId, locator: passage.locator.value, label: passage.locator.label },
              ],
              properties: { noteIndex: 0 },
            },
            [],
            [],
            'text',
          )
          .trim()
      : '',
  );
  return { references, inText };
}

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
