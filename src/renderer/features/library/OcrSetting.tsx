// The OCR setting under the Library: whether imported PDFs' pages without readable text (scans, fonts
// that map to nothing) are read by OCR when needed (the default), never, or every page. It applies to the
// next import; English is the OCR language the app ships.
import type { OcrMode } from '../../../core/import/pdf/pdf-content';
import { selectOcrMode } from '../../store/slices/settings';
import { useActions, useAppState } from '../../store/use-app-store';

const CHOICES: { mode: OcrMode; label: string }[] = [
  { mode: 'on', label: 'When a page needs it' },
  { mode: 'off', label: 'Off' },
  { mode: 'always', label: 'Every page' },
];

export function OcrSetting() {
  const mode = useAppState(selectOcrMode);
  const { settings } = useActions();
  return (
    <label className="ocr-setting">
      <span>Read PDF pages by OCR (English)</span>
      <select value={mode} onChange={(e) => settings.setOcrMode(e.target.value as OcrMode)}>
        {CHOICES.map((choice) => (
          <option key={choice.mode} value={choice.mode}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
