// The records of a long list of ids, read a page at a time: the Claims list holds 100,000 ids, and the cards
// in and near view need their records. Each page (50 ids) is read in one request and watched as one live
// query, and the page on either side of the rows shown is read ahead, so a card scrolled into view almost
// always has its record already, and a scroll costs a query every fifty cards instead of one per card.
// Pages out of reach are let go. A new list of ids starts from the records the last one held, so the
// cards in view keep their content while the new pages are read.

/** Watches the records of some ids (undefined for one that is gone); returns the function that stops. */
export type WatchRecords<T> = (
  ids: readonly string[],
  next: (records: readonly (T | undefined)[] | undefined) => void,
) => () => void;

type Page<T> = { records: readonly (T | undefined)[] | null; stop: () => void };

export const PAGE_SIZE = 50;

export class RecordPages<T> {
  private readonly pages = new Map<number, Page<T>>();
  private readonly listeners = new Set<() => void>();
  private readonly earlier: ReadonlyMap<string, T>;

  constructor(
    private readonly ids: readonly string[],
    private readonly watch: WatchRecords<T>,
    earlier?: RecordPages<T>,
  ) {
    this.earlier = earlier ? earlier.held() : new Map();
  }

  /**
   * Keeps the pages holding rows first..last, one page either side, and the pages of the rows `also`
   * names (the selected or focused row, rendered wherever it is) read and watched; lets the others go.
   */
  show = (first: number, last: number, also: readonly number[] = []): void => {
    if (this.ids.length === 0) return;
    const lastPage = Math.floor((this.ids.length - 1) / PAGE_SIZE);
    const wanted = new Set<number>();
    const from = Math.max(0, Math.floor(first / PAGE_SIZE) - 1);
    const to = Math.min(lastPage, Math.floor(last / PAGE_SIZE) + 1);
    for (let number = from; number <= to; number += 1) wanted.add(number);
    for (const row of also) if (row >= 0 && row < this.ids.length) wanted.add(Math.floor(row / PAGE_SIZE));
    for (const [number, page] of this.pages) {
      if (wanted.has(number)) continue;
      page.stop();
      this.pages.delete(number);
    }
    for (const number of wanted) if (!this.pages.has(number)) this.open(number);
  };

  /** The record of the row at `index`, if its page has been read (or the list before held it). */
  get(index: number): T | undefined {
    const page = this.pages.get(Math.floor(index / PAGE_SIZE));
    if (page?.records) return page.records[index % PAGE_SIZE];
    const id = this.ids[index];
    return id === undefined ? undefined : this.earlier.get(id);
  }

  /** Tells `listener` whenever a page's records arrive or change. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** How many pages are being watched. */
  get watched(): number {
    return this.pages.size;
  }

  close(): void {
    for (const page of this.pages.values()) page.stop();
    this.pages.clear();
  }

  private held(): Map<string, T> {
    const held = new Map<string, T>();
    for (const [number, page] of this.pages)
      page.records?.forEach((record, i) => {
        const id = this.ids[number * PAGE_SIZE + i];
        if (record !== undefined && id !== undefined) held.set(id, record);
      });
    return held;
  }

  private open(number: number): void {
    const page: Page<T> = { records: null, stop: () => undefined };
    this.pages.set(number, page);
    const ids = this.ids.slice(number * PAGE_SIZE, (number + 1) * PAGE_SIZE);
    page.stop = this.watch(ids, (records) => {
      if (this.pages.get(number) !== page) return;
      page.records = records ?? null;
      for (const listener of this.listeners) listener();
    });
  }
}
