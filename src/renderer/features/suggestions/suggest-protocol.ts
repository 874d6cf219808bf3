// The messages between the app and the suggestion worker: the texts to read in, and one result per text
// (or an error) out, so the app can store each source's suggestions and show progress as they arrive.
import type { Suggestion } from '../../../core/suggest/suggest-claims';

export type SuggestJob = { id: string; text: string };
export type SuggestRequest = { jobs: SuggestJob[] };
export type SuggestReply =
  | { type: 'result'; id: string; suggestions: Suggestion[] }
  | { type: 'done' }
  | { type: 'error'; message: string };
