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
  type Bibliography = [{ entry_ids: string[][]; bibliography_errors: unknown[] }, string[]];
  type Sys = {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  };
  /** A registry entry as citeproc 2.4.63 keeps it: its bibliography sort keys and input position. */
  type RegistryToken = { id: string; sortkeys?: unknown[]; seq: number };
  type Engine = {
    registry: {
      reflist: RegistryToken[];
      sorter: {
        compareKeys(a: { sortkeys: unknown[]; seq: number }, b: { sortkeys: unknown[]; seq: number }): number;
      };
    };
    /** The bibliography's sort: per key, what a key's order returns ([-1, 1] ascending). */
    bibliography_sort: { opt: { sort_directions: [number, number][] } };
    /** The locale whose collation the sort keys are compared in. */
    opt: { 'default-locale-sort'?: string };
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): Bibliography | false;
    /** Renders one cluster against the registry as `updateItems` left it (the registry is not changed). */
    makeCitationCluster(items: CitationItem[]): string;
  };
  const CSL: {
    Engine: new (sys: Sys, style: string, lang?: string, forceLang?: boolean) => Engine;
    /** The engine's own version string ("1.4.61" in citeproc 2.4.63). */
    PROCESSOR_VERSION: string;
  };
  export default CSL;
}
