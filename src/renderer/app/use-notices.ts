// The list of messages shown in the notice area: results of imports and exports, and errors, each one
// dismissable. Errors stay until dismissed; other messages fade after a while so they do not pile up.
import { useCallback, useState } from 'react';

export type NoticeTone = 'info' | 'error';
export type NoticeInput = { tone: NoticeTone; title: string; lines?: string[] };
export type Notice = NoticeInput & { id: number };

let nextNoticeId = 1;
const INFO_LIFETIME_MS = 15_000;

export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback(
    (id: number) => setNotices((current) => current.filter((n) => n.id !== id)),
    [],
  );
  const notify = useCallback(
    (notice: NoticeInput) => {
      const id = nextNoticeId++;
      // Newest first, and only the last few: old messages must not push the workbench off screen.
      setNotices((current) => [{ ...notice, id }, ...current].slice(0, 3));
      if (notice.tone === 'info') setTimeout(() => dismiss(id), INFO_LIFETIME_MS);
    },
    [dismiss],
  );
  return { notices, notify, dismiss };
}
