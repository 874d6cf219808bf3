// Hypothesis's own JSON into foreign annotations: the client's export file ({ export_date, annotations }),
// an API search result ({ rows }), or a plain list. Each annotation carries its page's address (`uri`,
// `target[].source`), its comment (`text`), its tags, its author (`user`, `user_info.display_name`) and a
// `target[].selector` list holding the W3C quote and position selectors. Page notes (no quote) and replies
// are read too, so that the import can list them as not brought in rather than drop them.
import type { ForeignAnnotation, ForeignAnnotations } from '../annotations/foreign-annotation';
import { asList, asString, hasType, isObject, type JsonObject } from '../read-json';

/** The list of annotations in a Hypothesis file, or undefined when the JSON is not one. */
export function hypothesisRows(data: unknown): unknown[] | undefined {
  const rows = Array.isArray(data)
    ? data
    : isObject(data)
      ? Array.isArray(data.annotations)
        ? data.annotations
        : Array.isArray(data.rows)
          ? data.rows
          : undefined
      : undefined;
  if (!rows) return undefined;
  const first = rows.find(isObject);
  // Hypothesis rows have a page address and no W3C type; an empty export still names its export date.
  if (!first) return isObject(data) && 'export_date' in data ? rows : undefined;
  return ('uri' in first || 'target' in first) && !hasType(first, 'Annotation') ? rows : undefined;
}

function readRow(row: JsonObject, index: number): ForeignAnnotation {
  const target = asList(row.target).find(isObject) ?? {};
  const selectors = asList(target.selector).filter(isObject);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const exact = asString(quote?.exact);
  const start = position?.start;
  const end = position?.end;
  const document = isObject(row.document) ? row.document : {};
  const title = asString(asList(document.title)[0]);
  const userInfo = isObject(row.user_info) ? row.user_info : {};
  const user = asString(row.user);
  const name = asString(userInfo.display_name) ?? user?.replace(/^acct:([^@]*)@.*$/, '$1');
  const text = asString(row.text) ?? '';
  return {
    key: asString(row.id) ?? `hypothesis annotation ${index + 1}`,
    document: {
      ...((asString(target.source) ?? asString(row.uri))
        ? { url: asString(target.source) ?? asString(row.uri) }
        : {}),
      ...(title ? { title } : {}),
    },
    ...(exact ? { quote: { exact, prefix: asString(quote?.prefix), suffix: asString(quote?.suffix) } } : {}),
    ...(Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (end as number) >= (start as number)
      ? { position: { start: start as number, end: end as number } }
      : {}),
    ...(text.trim() ? { note: text } : {}),
    tags: asList(row.tags).flatMap((t) => (typeof t === 'string' ? [{ name: t }] : [])),
    created: asString(row.created),
    modified: asString(row.updated),
    creator: user || name ? { ...(user ? { id: user } : {}), ...(name ? { name } : {}) } : undefined,
  };
}

export function readHypothesisAnnotations(rows: unknown[]): ForeignAnnotations {
  const found: ForeignAnnotations = { annotations: [], codebook: [], unreadable: [] };
  rows.forEach((row, i) => {
    if (!isObject(row)) {
      found.unreadable.push({ what: `Item ${i + 1}`, why: 'it is not an annotation' });
      return;
    }
    const annotation = readRow(row, i);
    if (asList(row.references).length > 0) {
      const text = annotation.note ?? '';
      found.unreadable.push({
        what: `Reply “${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`,
        why: 'it is a reply in a discussion, which a claim cannot hold',
      });
      return;
    }
    found.annotations.push(annotation);
  });
  return found;
}
