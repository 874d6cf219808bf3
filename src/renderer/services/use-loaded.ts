// A part fetched on first use (load-once.ts), read by a component: undefined until it is here, so the
// component shows what it shows while loading. If the fetch fails, `fallback` stands in (a plain view, a
// plainer prefill) until the part is no longer wanted; the next time it is, the fetch is tried again.
import { useEffect, useState } from 'react';
import type { LoadOnce } from './load-once';

/** `part` once fetched (or `fallback` after a failure) while `wanted`; undefined otherwise. */
export function useLoaded<T>(part: LoadOnce<T>, wanted: boolean, fallback: T): T | undefined {
  // held in a box: the parts are often functions (a component, a prefill), which useState would call
  const [held, setHeld] = useState<{ value: T } | undefined>(() => {
    const value = part.value();
    return value === undefined ? undefined : { value };
  });
  useEffect(() => {
    if (!wanted) {
      // a fallback is not kept: the next time the part is wanted, its fetch is tried again
      if (held !== undefined && held.value !== part.value()) setHeld(undefined);
      return;
    }
    if (held) return;
    let live = true;
    part.load().then(
      (value) => live && setHeld({ value }),
      () => live && setHeld({ value: fallback }),
    );
    return () => {
      live = false;
    };
  }, [part, wanted, held, fallback]);
  return wanted ? held?.value : undefined;
}
