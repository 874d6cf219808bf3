// Connects the desktop app's native menu (when the host has one) to the same actions as the header buttons.
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../core/model/platform';
import { useWorkbench } from '../../services/workbench-context';

export function useMenuCommands(handlers: Record<MenuCommand, () => void>): void {
  const { platform } = useWorkbench();
  // The latest handlers, so subscribing once is enough.
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!platform.onMenuCommand) return undefined;
    return platform.onMenuCommand((command) => latest.current[command]?.());
  }, [platform]);
}
