// "Edit details" in the Document header: opens the source details editor for the open source and saves
// its metadata as a new version stamped by the local researcher.
import { useState } from 'react';
import type { CslMetadata } from '../../../core/model/records';
import type { SourceEntry } from '../../storage/source-texts';
import { useWorkbench } from '../../services/workbench-context';
import { updateSourceDetails } from '../../storage/sources';
import { SourceDetailsDialog } from './SourceDetailsDialog';
import './metadata.css';

export function EditDetailsButton({ source }: { source: SourceEntry }) {
  const { store, researcher, notify } = useWorkbench();
  const [open, setOpen] = useState(false);

  const save = async (metadata: CslMetadata) => {
    await updateSourceDetails(store, source.id, metadata, { researcherId: researcher.id });
    notify({ tone: 'info', title: 'Source details saved.' });
  };

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Edit details
      </button>
      {open && (
        <SourceDetailsDialog key={source.id} source={source} onSave={save} onClose={() => setOpen(false)} />
      )}
    </>
  );
}
