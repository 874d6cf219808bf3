// Requests to move keyboard focus to a place that is not rendered yet (the claim form after "Add claim",
// a suggestion after a click on its highlight). The request stays until the place that can honour it
// does so and marks it handled, so a request is never lost to a render that came too early, and never
// honoured twice.
import { defineSlice } from '../create-store';

export type FocusTarget = 'claim-form' | 'claim-tags' | 'suggestion' | 'claim' | 'reader';
export type FocusRequest = { target: FocusTarget; id?: string };
export type FocusState = { request: FocusRequest | null };

export const focus = defineSlice((): FocusState => ({ request: null }), {
  requestFocus: (_state: FocusState, target: FocusTarget, id?: string): FocusState => ({
    request: id === undefined ? { target } : { target, id },
  }),
  markFocusHandled: (state: FocusState, request: FocusRequest): FocusState =>
    state.request === request ? { request: null } : state,
});

/** The pending request for this place, if any. */
export function selectFocusRequest(state: FocusState, target: FocusTarget): FocusRequest | null {
  return state.request?.target === target ? state.request : null;
}
