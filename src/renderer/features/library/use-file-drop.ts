// Dropping files anywhere on the window imports them (any type the importer takes: .txt, .md, .html, .docx,
// .pdf; others are refused per file with a reason). While files are dragged over the window the app shows
// a drop hint; the browser's default (opening the file in place of the app) is always prevented.
import { useEffect, useState } from 'react';
import type { PickedFile } from '../../../core/model/platform';
import { readMaxImportBytes } from './import-limit';

const carriesFiles = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files'));

async function readDroppedFiles(list: FileList): Promise<PickedFile[]> {
  const maxBytes = readMaxImportBytes();
  return Promise.all(
    [...list].map(async (file) =>
      // A file over the limit is not read: the importer refuses it by its size.
      file.size > maxBytes
        ? { name: file.name, bytes: new Uint8Array(0), size: file.size }
        : { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), size: file.size },
    ),
  );
}

export function useFileDrop(onFiles: (files: PickedFile[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = event.dataTransfer?.files;
      if (files && files.length > 0) void readDroppedFiles(files).then(onFiles);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);
  return dragging;
}
