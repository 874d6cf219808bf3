// What "Storage not persisted" means, and a second request to the browser. It asks again as it opens (a
// click is the user gesture some browsers want) and says what the browser answered.
import { useEffect, useState } from 'react';
import { useActions, useAppState } from '../../store/use-app-store';
import { ModalDialog } from '../../ui/ModalDialog';
import { requestPersistence } from './request-persistence';

export function StorageDialog() {
  const open = useAppState((s) => s.dialogs.open === 'storage');
  return open ? <StorageDialogBody /> : null;
}

function StorageDialogBody() {
  const { dialogs, persistence } = useActions();
  const [answer, setAnswer] = useState<'asking' | boolean | undefined>('asking');
  useEffect(() => {
    let live = true;
    void requestPersistence().then((granted) => {
      if (!live) return;
      setAnswer(granted);
      persistence.recordPersistence(granted);
    });
    return () => {
      live = false;
    };
  }, [persistence]);

  return (
    <ModalDialog title="Storage" className="storage-dialog" onClose={() => dialogs.closeDialog('storage')}>
      <p>
        This library lives in the browser’s storage on this computer. Unless the browser promises to keep it
        (“persisted” storage), it may clear it to free disk space, for example when the disk is nearly full or
        after a long time without a visit.
      </p>
      <p role="status">
        {answer === 'asking'
          ? 'Asking the browser to keep this library…'
          : answer === true
            ? 'The browser has now promised to keep this library.'
            : answer === false
              ? 'The browser said no this time. Browsers grant it by their own rules: installing the app, bookmarking this page or using it often helps.'
              : 'This browser cannot be asked to keep the library.'}
      </p>
      <p>
        Whatever it answers, use <strong>Export database</strong> regularly: the exported file is your backup
        and the way to move your work to another computer or to the desktop app.
      </p>
    </ModalDialog>
  );
}
