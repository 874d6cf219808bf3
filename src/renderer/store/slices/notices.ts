// The one message under the header: the result of the last import or export, or an error. A new message
// replaces the one shown, so messages never pile up and push the panes down.
import { defineSlice } from '../create-store';

export type NoticeTone = 'info' | 'error';
export type NoticeInput = { tone: NoticeTone; title: string; lines?: string[] };
export type Notice = NoticeInput & { id: number };
export type NoticesState = { current: Notice | null; lastId: number };

export const notices = defineSlice((): NoticesState => ({ current: null, lastId: 0 }), {
  notify: (state: NoticesState, input: NoticeInput): NoticesState => {
    const id = state.lastId + 1;
    return { current: { ...input, id }, lastId: id };
  },
  /** Dismisses the message with this id; a newer one that replaced it stays. */
  dismissNotice: (state: NoticesState, id: number): NoticesState =>
    state.current?.id === id ? { ...state, current: null } : state,
});
