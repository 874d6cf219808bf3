// "Keyboard shortcuts": every shortcut, grouped by where it works. Opened with "?" or from the header.
import { useActions, useAppState } from '../../store/use-app-store';
import { ModalDialog } from '../../ui/ModalDialog';
import { SHORTCUT_GROUPS } from './shortcut-list';

export function ShortcutsDialog() {
  const open = useAppState((s) => s.dialogs.open === 'shortcuts');
  const { closeDialog } = useActions().dialogs;
  if (!open) return null;
  return (
    <ModalDialog
      title="Keyboard shortcuts"
      className="shortcuts-dialog"
      onClose={() => closeDialog('shortcuts')}
    >
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group.where} className="shortcut-group">
          <h3>{group.where}</h3>
          <dl>
            {group.shortcuts.map((s) => (
              <div key={s.action} className="shortcut-row">
                <dt>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && '+'}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{s.action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </ModalDialog>
  );
}
