// The oracle: citations formatted the way the briefing formatted them before collision groups, every
// cited source in one citeproc registry, kept here unchanged so the grouped formatting can be held to it.
import CSL from 'citeproc';
import { citationStyle, retrieveLocale } from '../../../../src/core/briefing/csl/citation-styles';
import {
  toCslItem,
  type CitedPassage,
  type FormattedCitations,
} from '../../../../src/core/briefing/csl/format-citations';
import type { CitationStyleId } from '../../../../src/core/briefing/document/briefing-document';
import type { Source } from '../../../../src/core/model/records';

const WHOLE_NUMBER = /^[1-9][0-9]{0,8}$/;
const PLACEHOLDER = '918273645';

export function formatInOneRegistry(
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
  const inText = passages.map(({ sourceId, locator }) => {
    if (!items.has(sourceId)) return '';
    if (!WHOLE_NUMBER.test(locator.value)) return render(sourceId, locator.label, locator.value);
    return render(sourceId, locator.label, PLACEHOLDER).replace(PLACEHOLDER, locator.value);
  });
  return { references, inText };
}
