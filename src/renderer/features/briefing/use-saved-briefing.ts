// The briefing the researcher is writing, kept as a Briefing record: its title, introduction, sections,
// claim filter and citation style. The dialog starts from the most recently saved one (or a new one) and
// "Save briefing" writes it back as a new version, so it travels in bundles like every record.
import { useCallback, useEffect, useState } from 'react';
import { BRIEFING_SECTION_KINDS } from '../../../core/model/briefing-labels';
import type { Briefing } from '../../../core/model/records';
import { useWorkbench } from '../../services/workbench-context';
import { listBriefings, saveBriefing, type BriefingDraft } from '../../storage/briefings';
import { useLiveData } from '../../storage/live-query';

export const NEW_BRIEFING: BriefingDraft = {
  title: 'Briefing',
  introduction: '',
  sections: [...BRIEFING_SECTION_KINDS],
  claimFilter: {},
  style: 'harvard',
};

export function useSavedBriefing() {
  const { store, researcher, notify } = useWorkbench();
  const saved = useLiveData(() => listBriefings(store), [store]);
  const [draft, setDraft] = useState<BriefingDraft | null>(null);

  // Once, when the saved briefings are known: the latest one, or a new briefing.
  useEffect(() => {
    if (draft || saved.status === 'loading') return;
    const latest: Briefing | undefined = saved.status === 'ready' ? saved.data[0] : undefined;
    setDraft(latest ? toDraft(latest) : NEW_BRIEFING);
  }, [saved, draft]);

  const save = useCallback(
    async (next: BriefingDraft) => {
      try {
        const written = await saveBriefing(store, next, { researcherId: researcher.id });
        setDraft(toDraft(written));
        notify({ tone: 'info', title: `Briefing “${written.title}” saved.` });
      } catch (error) {
        notify({
          tone: 'error',
          title: 'The briefing could not be saved.',
          lines: [error instanceof Error ? error.message : String(error)],
        });
      }
    },
    [store, researcher.id, notify],
  );

  return { draft, setDraft, save };
}

function toDraft(briefing: Briefing): BriefingDraft {
  const { id, title, introduction, sections, claimFilter, style } = briefing;
  return { id, title, introduction, sections, claimFilter, style };
}
