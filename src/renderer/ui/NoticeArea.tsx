// The notice area under the header: results (role="status") and errors (role="alert"), each dismissable.
// Both live regions are always in the page so screen readers announce what is added to them.
import type { Notice } from '../app/use-notices';

type Props = { notices: Notice[]; onDismiss: (id: number) => void };

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

export function NoticeArea({ notices, onDismiss }: Props) {
  // Results are transient (each goes by itself), so only the newest two show and the panes keep their room;
  // errors all stay until dismissed.
  const info = notices.filter((n) => n.tone === 'info').slice(-2);
  const errors = notices.filter((n) => n.tone === 'error');
  return (
    <div className="notice-area">
      <div role="alert" aria-label="Errors">
        {errors.map((n) => (
          <NoticeItem key={n.id} notice={n} onDismiss={onDismiss} />
        ))}
      </div>
      <div role="status" aria-label="Messages">
        {info.map((n) => (
          <NoticeItem key={n.id} notice={n} onDismiss={onDismiss} />
        ))}
      </div>
    </div>
  );
}
