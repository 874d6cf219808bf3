// The researcher's settings that outlive a session: how imported PDFs' unreadable pages are read (OCR on
// when needed, off, or every page). Remembered across reloads by the app store (app-store.ts).
import { OCR_MODES, type OcrMode } from '../../../core/import/pdf/pdf-content';
import { defineSlice } from '../create-store';

export type SettingsState = { ocrMode: OcrMode };

export function isOcrMode(value: unknown): value is OcrMode {
  return (OCR_MODES as readonly unknown[]).includes(value);
}

export const settings = defineSlice((): SettingsState => ({ ocrMode: 'on' }), {
  /** Only the modes OCR has are taken; anything else leaves the setting as it is. */
  setOcrMode: (state: SettingsState, ocrMode: OcrMode): SettingsState =>
    ocrMode === state.ocrMode || !isOcrMode(ocrMode) ? state : { ...state, ocrMode },
});

export const selectOcrMode = (state: { settings: SettingsState }): OcrMode => state.settings.ocrMode;
