// Long tasks that run in the background and show their progress in more than one place: an import (its
// progress, a cancel request, the question of an encrypted PDF's password, and afterwards the files it
// left out because their text is already in the library) and suggesting claims.
import type { SkippedItem } from '../../../core/interchange/interchange-format';
import { defineSlice } from '../create-store';

export type ImportProgress = {
  index: number;
  total: number;
  name: string;
  /** Pages of this file read by OCR so far, of how many. */
  ocr?: { done: number; total: number };
};
export type PasswordQuestion = { id: number; fileName: string; wrong: boolean };
export type SuggestProgress = { done: number; total: number; scope: 'source' | 'library' };

export type TasksState = {
  importing: { progress: ImportProgress | null; cancelRequested: boolean } | null;
  password: PasswordQuestion | null;
  suggesting: SuggestProgress | null;
  /** What the last import says of the files it did not add because their text is already here. */
  sameText: { messages: string[] } | null;
  /**
   * A database import waiting for the researcher to confirm its preview: what it would change; for a file
   * of another format (W3C, Hypothesis, REFI-QDA), its format's name and what it holds that cannot come in.
   */
  importPreview: {
    id: number;
    fileName: string;
    lines: string[];
    warnings: string[];
    format?: string;
    skipped?: SkippedItem[];
  } | null;
};

const idle = (): TasksState => ({
  importing: null,
  password: null,
  suggesting: null,
  sameText: null,
  importPreview: null,
});

export const tasks = defineSlice(idle, {
  startImport: (state: TasksState): TasksState => ({
    ...state,
    importing: { progress: null, cancelRequested: false },
    sameText: null,
  }),
  offerSameText: (state: TasksState, messages: string[]): TasksState => ({
    ...state,
    sameText: { messages },
  }),
  dismissSameText: (state: TasksState): TasksState => (state.sameText ? { ...state, sameText: null } : state),
  previewImport: (state: TasksState, preview: NonNullable<TasksState['importPreview']>): TasksState => ({
    ...state,
    importPreview: preview,
  }),
  closeImportPreview: (state: TasksState, id: number): TasksState =>
    state.importPreview?.id === id ? { ...state, importPreview: null } : state,
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
