// Types for what the CSL code imports: the bundled style and locale files as text (Vite's `?raw`, which
// the renderer, CLI and test builds all understand), and the small part of citeproc-js's API we call.

declare module '*.csl?raw' {
  const text: string;
  export default text;
}

declare module '*.xml?raw' {
  const text: string;
  export default text;
}

declare module 'citeproc' {
  type CitationItem = { id: string; locator?: string; label?: string };
  type Citation = { citationItems: CitationItem[]; properties: { noteIndex: number } };
  type Bibliography = [{ entry_ids: string[][]; bibliography_errors: unknown[] }, string[]];
  type Sys = {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  };
  type Engine = {
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): Bibliography | false;
    previewCitationCluster(
      citation: Citation,
      before: [string, number][],
      after: [string, number][],
      format: 'text' | 'html' | 'rtf',
    ): string;
  };
  const CSL: { Engine: new (sys: Sys, style: string, lang?: string, forceLang?: boolean) => Engine };
  export default CSL;
}
