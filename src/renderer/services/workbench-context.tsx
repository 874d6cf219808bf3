// What every feature needs from the running app besides UI state: the database, the host platform, who
// the local researcher is, and how to tell the user something. Provided once by the app shell, read with
// useWorkbench(); features never import the shell.
import { createContext, useContext } from 'react';
import type { Platform } from '../../core/model/platform';
import type { Researcher } from '../../core/model/records';
import type { Store } from '../storage/database';
import type { NoticeInput } from '../store/slices/notices';

export type Workbench = {
  store: Store;
  platform: Platform;
  researcher: Researcher;
  notify: (notice: NoticeInput) => void;
};

export const WorkbenchContext = createContext<Workbench | null>(null);

export function useWorkbench(): Workbench {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error('useWorkbench must be used inside the workbench.');
  return value;
}
