// The briefing the dialog shows, composed in the worker (briefing-client.ts) whenever its settings
// change: a moment after the last change, and any composition still under way is ended first, so typing a
// title never queues up briefings of a large library. Until it is ready the dialog shows the progress and
// "Cancel" (with the document's start shown as soon as the worker sends it); a cancelled or failed run can
// be started again. Exports are written by the worker from the
// document it composed last, which is the one shown.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefingFormat } from '../../../core/briefing/briefing-formats';
import type { PassageLinkTarget } from '../../../core/briefing/passage-link';
import type { Platform } from '../../../core/model/platform';
import { BriefingCancelled, createBriefingClient } from './briefing-client';
import type { BriefingComposed, BriefingProgress, ComposeRequest } from './briefing-protocol';

export type BriefingRequestSettings = Omit<ComposeRequest, 'type' | 'id'>;
export type BriefingRun =
  | { status: 'working'; progress: BriefingProgress | null }
  | { status: 'ready' }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** Settings changes this close together make one briefing. */
const SETTLE_MS = 150;

export function useBriefingDocument(settings: BriefingRequestSettings | null) {
  const client = useRef(createBriefingClient()).current;
  const [run, setRun] = useState<BriefingRun>({ status: 'working', progress: null });
  const [composed, setComposed] = useState<{ key: string; result: BriefingComposed } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const working = useRef(false);
  const waiting = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const key = settings ? JSON.stringify(settings) : null;

  useEffect(() => () => client.cancel(), [client]);

  useEffect(() => {
    if (!settings) return;
    let current = true;
    setRun({ status: 'working', progress: null });
    const timer = (waiting.current = setTimeout(() => {
      // A briefing of older settings still being composed is of no use now.
      if (working.current) client.cancel();
      working.current = true;
      client
        .compose({ type: 'compose', ...settings }, (progress) => {
          if (!current) return;
          // The document's start, shown while the rest is finished; exports still wait for the whole.
          if (progress.type === 'previewed')
            setComposed({ key: key ?? '', result: { ...progress, type: 'composed' } });
          else setRun({ status: 'working', progress });
        })
        .then(
          (result) => {
            if (!current) return;
            working.current = false;
            setComposed({ key: key ?? '', result });
            setRun({ status: 'ready' });
          },
          (error: unknown) => {
            if (!current) return;
            working.current = false;
            setRun(
              error instanceof BriefingCancelled
                ? { status: 'cancelled' }
                : { status: 'failed', message: error instanceof Error ? error.message : String(error) },
            );
          },
        );
    }, SETTLE_MS));
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `key` stands for the settings' content; a new object with the same content is the same briefing.
  }, [key, attempt, client]);

  // Cancelled before the worker was even asked, nothing is asked; else the worker is ended.
  const cancel = useCallback(() => {
    clearTimeout(waiting.current);
    client.cancel();
    setRun({ status: 'cancelled' });
  }, [client]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  /** The shown briefing in `format`: bytes or text for the file. */
  const write = useCallback(
    async (
      format: BriefingFormat,
      links: PassageLinkTarget,
      platform: Pick<Platform, 'printPdf'>,
    ): Promise<Uint8Array | string> => {
      const reply = await client.write({ type: 'write', format, links, hostPrintsPdf: !!platform.printPdf });
      if (reply.type === 'written') return reply.output;
      if (!platform.printPdf) throw new Error('This window cannot print a PDF.');
      return platform.printPdf(reply.html);
    },
    [client],
  );

  // Settings changed since the briefing shown was composed: it is being composed again, even in the
  // moment before the worker is asked, so nothing exports a briefing of the old settings.
  const shown: BriefingRun =
    run.status === 'ready' && composed?.key !== key ? { status: 'working', progress: null } : run;
  return { run: shown, composed: composed?.result ?? null, cancel, retry, write };
}
