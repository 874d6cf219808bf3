// What to do with a passage a link asks for: wait while the library loads, show it when its source is
// there (a range past the end of the text is cut to the text, an empty one shows nothing), or say the
// source is not in this library.
import type { PassageTarget } from '../../../core/model/platform';

export type PassageAction =
  | { kind: 'wait' }
  | { kind: 'show'; sourceId: string; range: { start: number; end: number } | null }
  | { kind: 'missing' };

export function resolvePassageTarget(
  target: PassageTarget,
  library: { status: 'loading' | 'ready' | 'failed'; textOf: (sourceId: string) => string | undefined },
): PassageAction {
  if (library.status === 'loading') return { kind: 'wait' };
  const text = library.textOf(target.sourceId);
  if (text === undefined) return { kind: 'missing' };
  const end = Math.min(target.end, text.length);
  const start = Math.min(target.start, end);
  return { kind: 'show', sourceId: target.sourceId, range: end > start ? { start, end } : null };
}
