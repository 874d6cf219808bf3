// The claim form's prefill (core's prefillClaim: the suggester's rules and its trained stance model) is
// fetched when the first new claim is started, not with the page: it is a fifth of the app's code and its
// set-up held up the start. Until it is here the form waits, as it waits for the source's text. If it
// cannot be fetched, the claim starts as a plain quote of the passage, every field still editable, and the
// fetch is tried again with the next claim.
import { loadOnce } from '../../services/load-once';
import { useLoaded } from '../../services/use-loaded';
import type { PrefillClaim } from './claim-form-state';

const prefillPart = loadOnce(() =>
  import('../../../core/suggest/prefill-claim').then((module): PrefillClaim => module.prefillClaim),
);

/** A claim that is the passage itself, with no fields: the form when the prefill cannot be fetched. */
const quoteOnly: PrefillClaim = (text, start, end) => ({
  kind: 'quote',
  fields: {},
  statement: text.slice(start, end).trim(),
});

/** The prefill, once fetched; `wanted` starts the fetch (when a new claim's form is to be shown). */
export function usePrefill(wanted: boolean): PrefillClaim | undefined {
  return useLoaded(prefillPart, wanted, quoteOnly);
}
