// A part of the app fetched on first use (a chunk of its own: pdf.js, mammoth, the Markdown view, the
// database exchange…), fetched once and shared by every caller. A failed fetch is forgotten, so the next
// call tries again: a chunk can fail to arrive (the app updated underneath) and come the next time.

export type LoadOnce<T> = {
  /** Starts the fetch the first time (and again after a failure); otherwise the same promise. */
  load(): Promise<T>;
  /** The fetch asked for so far, running or done; undefined before the first call and after a failure. */
  pending(): Promise<T> | undefined;
  /** What the fetch gave, once it has: for a render that must not wait. */
  value(): T | undefined;
};

export function loadOnce<T>(fetch: () => Promise<T>): LoadOnce<T> {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  return {
    load() {
      pending ??= fetch().then(
        (found) => (value = found),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    pending: () => pending,
    value: () => value,
  };
}
