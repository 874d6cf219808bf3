// Links back into the workbench: when the host asks to show a passage (an `evidence:` link in the desktop
// app, the URL hash in the browser), this opens its source in the reader and selects the passage, drawn
// as the pending highlight and scrolled into view. A link that arrives while the library is still loading
// waits for it.
import { useEffect, useState } from 'react';
import type { PassageTarget } from '../../../core/model/platform';
import { useLibraryData } from '../../data/library-data';
import { useSourceText } from '../../data/use-source-text';
import { useWorkbench } from '../../services/workbench-context';
import { useActions } from '../../store/use-app-store';
import { resolvePassageTarget } from './resolve-passage-target';

export function useOpenPassage(): void {
  const { platform, notify } = useWorkbench();
  const { navigation } = useActions();
  const { status, sourcesById } = useLibraryData();
  const [target, setTarget] = useState<PassageTarget | null>(null);
  // Only the linked source's text is read, once the library says the source is here.
  const linked = target && sourcesById.has(target.sourceId) ? target.sourceId : null;
  const linkedRead = useSourceText(linked);
  const readStatus = linked !== null && linkedRead.status === 'loading' ? 'loading' : status;
  const linkedText = linkedRead.status === 'ready' ? linkedRead.data?.text : undefined;

  useEffect(() => platform.onOpenPassage?.((next) => setTarget(next)), [platform]);

  useEffect(() => {
    if (!target) return;
    const action = resolvePassageTarget(target, {
      status: readStatus,
      textOf: (id) => (id === linked ? linkedText : undefined),
    });
    if (action.kind === 'wait') return;
    setTarget(null);
    if (action.kind === 'missing') {
      notify({
        tone: 'error',
        title: 'The linked passage is not in this library.',
        lines: ['Import its source (or the bundle it came from) and follow the link again.'],
      });
      return;
    }
    navigation.openSource(action.sourceId);
    navigation.selectKeyboardRange(action.range);
  }, [target, readStatus, linked, linkedText, navigation, notify]);
}
