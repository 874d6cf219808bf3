// What the researcher writes and chooses for a briefing: its title, an introduction in their own words, and
// which sections it has (References always). The citation style and format are chosen beside the export.
import { BRIEFING_SECTION_KINDS } from '../../../core/model/briefing-labels';
import { SECTION_HEADINGS } from '../../../core/briefing/compose-briefing';
import type { BriefingDraft } from '../../storage/briefings';

type Props = { draft: BriefingDraft; onChange: (patch: Partial<BriefingDraft>) => void };

export function BriefingSettings({ draft, onChange }: Props) {
  const toggle = (kind: BriefingDraft['sections'][number], on: boolean) =>
    onChange({
      sections: BRIEFING_SECTION_KINDS.filter((k) => (k === kind ? on : draft.sections.includes(k))),
    });
  return (
    <div className="briefing-settings">
      <label className="field">
        Title
        <input value={draft.title} onChange={(e) => onChange({ title: e.target.value })} />
      </label>
      <label className="field">
        Introduction
        <textarea
          rows={3}
          value={draft.introduction}
          placeholder="What this briefing is for, in your own words"
          onChange={(e) => onChange({ introduction: e.target.value })}
        />
      </label>
      <fieldset className="briefing-sections">
        <legend>Sections</legend>
        {BRIEFING_SECTION_KINDS.filter((k) => k !== 'references').map((kind) => (
          <label key={kind} className="field-check">
            <input
              type="checkbox"
              checked={draft.sections.includes(kind)}
              onChange={(e) => toggle(kind, e.target.checked)}
            />
            {SECTION_HEADINGS[kind]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
