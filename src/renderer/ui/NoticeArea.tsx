// The message under the header: one at a time, the newest replacing the last, so messages never pile up
// and push the panes down. An error is announced assertively (role="alert") and stays until dismissed; a
// result (role="status") goes by itself after a while. Both live regions are always in the page so screen
// readers announce what is put in them.
import { useEffect } from 'react';
import { useActions, useAppState } from '../store/use-app-store';
import type { Notice } from '../store/slices/notices';

const INFO_LIFETIME_MS = 15_000;

function NoticeItem({ notice, onDismiss }: { notice: Notice; onDismiss: (id: number) => void }) {
  return (
    <div className={`notice notice-${notice.tone}`}>
      <div className="notice-body">
        <p className="notice-title">{notice.title}</p>
        {notice.lines && notice.lines.length > 0 && (
          <ul className="notice-lines">
            {notice.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="button-quiet" onClick={() => onDismiss(notice.id)}>
        Dismiss
      </button>
    </div>
  );
}

export function NoticeArea() {
  const notice = useAppState((s) => s.notices.current);
  const { dismissNotice } = useActions().notices;
  useEffect(() => {
    if (!notice || notice.tone !== 'info') return undefined;
    const timer = setTimeout(() => dismissNotice(notice.id), INFO_LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [notice, dismissNotice]);
  return (
    <div className="notice-area">
      <div role="alert" aria-label="Errors">
        {notice?.tone === 'error' && <NoticeItem notice={notice} onDismiss={dismissNotice} />}
      </div>
      <div role="status" aria-label="Messages">
        {notice?.tone === 'info' && <NoticeItem notice={notice} onDismiss={dismissNotice} />}
      </div>
    </div>
  );
}
