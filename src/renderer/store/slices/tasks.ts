// Long tasks that run in the background and show their progress in more than one place: an import (its
// progress, a cancel request, and the question of an encrypted PDF's password) and suggesting claims.
import { defineSlice } from '../create-store';

export type ImportProgress = { index: number; total: number; name: string };
export type PasswordQuestion = { id: number; fileName: string; wrong: boolean };
export type SuggestProgress = { done: number; total: number; scope: 'source' | 'library' };

export type TasksState = {
  importing: { progress: ImportProgress | null; cancelRequested: boolean } | null;
  password: PasswordQuestion | null;
  suggesting: SuggestProgress | null;
};

export const tasks = defineSlice((): TasksState => ({ importing: null, password: null, suggesting: null }), {
  startImport: (state: TasksState): TasksState => ({
    ...state,
    importing: { progress: null, cancelRequested: false },
  }),
  reportImport: (state: TasksState, progress: ImportProgress): TasksState =>
    state.importing ? { ...state, importing: { ...state.importing, progress } } : state,
  cancelImport: (state: TasksState): TasksState =>
    state.importing && !state.importing.cancelRequested
      ? { ...state, importing: { ...state.importing, cancelRequested: true } }
      : state,
  finishImport: (state: TasksState): TasksState =>
    state.importing || state.password ? { ...state, importing: null, password: null } : state,
  askPassword: (state: TasksState, question: PasswordQuestion): TasksState => ({
    ...state,
    password: question,
  }),
  answerPassword: (state: TasksState, id: number): TasksState =>
    state.password?.id === id ? { ...state, password: null } : state,
  reportSuggesting: (state: TasksState, progress: SuggestProgress | null): TasksState =>
    state.suggesting === progress ? state : { ...state, suggesting: progress },
});
