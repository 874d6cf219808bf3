// Which modal dialog is open. One at a time: opening another replaces it, as a desktop app's would.
import { defineSlice } from '../create-store';

export type DialogName = 'briefing' | 'conflicts' | 'export' | 'shortcuts' | 'storage' | 'sync';
export type DialogsState = { open: DialogName | null };

export const dialogs = defineSlice((): DialogsState => ({ open: null }), {
  openDialog: (state: DialogsState, name: DialogName): DialogsState =>
    state.open === name ? state : { open: name },
  closeDialog: (state: DialogsState, name?: DialogName): DialogsState =>
    state.open === null || (name !== undefined && state.open !== name) ? state : { open: null },
});
