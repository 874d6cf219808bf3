// The claim form's prefill (core's prefillClaim: the suggester's rules and its trained stance model) is
// fetched when the first new claim is started, not with the page: it is a fifth of the app's code and its
// set-up held up the start. Until it is here the form waits, as it waits for the source's text. If it
// cannot be fetched, the claim starts as a plain quote of the passage, every field still editable.
import { useEffect, useState } from 'react';
import type { PrefillClaim } from './claim-form-state';

let loaded: PrefillClaim | undefined;
let loading: Promise<PrefillClaim> | undefined;

/** A claim that is the passage itself, with no fields: the form when the prefill cannot be fetched. */
const quoteOnly: PrefillClaim = (text, start, end) => ({
  kind: 'quote',
  fields: {},
  statement: text.slice(start, end).trim(),
});

function loadPrefill(): Promise<PrefillClaim> {
  loading ??= import('../../../core/suggest/prefill-claim').then(
    (module) => (loaded = module.prefillClaim),
    () => {
      loading = undefined; // tried again with the next claim
      return quoteOnly;
    },
  );
  return loading;
}

/** The prefill, once fetched; `wanted` starts the fetch (when a new claim's form is to be shown). */
export function usePrefill(wanted: boolean): PrefillClaim | undefined {
  const [prefill, setPrefill] = useState<PrefillClaim | undefined>(() => loaded);
  useEffect(() => {
    if (!wanted) {
      // a fallback is not kept: the next claim tries the real prefill again
      if (prefill !== undefined && prefill !== loaded) setPrefill(undefined);
      return;
    }
    if (prefill) return;
    let live = true;
    void loadPrefill().then((found) => live && setPrefill(() => found));
    return () => {
      live = false;
    };
  }, [wanted, prefill]);
  return prefill;
}
