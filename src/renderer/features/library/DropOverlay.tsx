// Files dropped anywhere on the window are imported; while they are dragged over it, a hint says so.
import { useFileDrop } from './use-file-drop';
import { useImportDocuments } from './use-import-documents';

export function DropOverlay() {
  const { importFiles } = useImportDocuments();
  const dragging = useFileDrop(importFiles);
  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      Drop files to import them
    </div>
  );
}
