// The REFI-QDA project format (.qdpx), the exchange standard of NVivo, ATLAS.ti, MAXQDA, QualCoder and
// others: written from a library (write-project.ts) and packed with its texts; read from any tool that
// follows the standard (read-qdpx.ts), liberal in what it accepts and refusing what is unsafe.
import type { InterchangeFormat } from '../interchange-format';
import { looksLikeQdpx, packQdpx } from './qdpx-zip';
import { readQdpx } from './read-qdpx';
import { writeProject } from './write-project';

export const qdpxFormat: InterchangeFormat = {
  id: 'qdpx',
  label: 'REFI-QDA project (.qdpx)',
  extension: 'qdpx',
  mimeType: 'application/zip',
  detect: looksLikeQdpx,
  write(library, context) {
    const { xml, texts } = writeProject(library, context.now);
    return packQdpx(xml, texts, context.now);
  },
  read: readQdpx,
};
