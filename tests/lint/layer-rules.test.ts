// The layers stay apart only while lint refuses a wrong-way import: these tests lint small snippets as if
// they lived in each folder and check that the real configuration accepts or refuses them.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter(
      (m) => m.ruleId === 'no-restricted-imports' || m.ruleId === '@typescript-eslint/no-restricted-imports',
    )
    .map((m) => m.message);
}

describe('layer import rules', () => {
  it.each([
    ['src/core/text/x.ts', "import { readFileSync } from 'node:fs';"],
    ['src/core/text/x.ts', "import Dexie from 'dexie';"],
    ['src/core/text/x.ts', "import { useState } from 'react';"],
    ['src/core/text/x.ts', "import * as pdfjs from 'pdfjs-dist';"],
    ['src/core/text/x.ts', "import { openDatabase } from '../../renderer/storage/database';"],
    ['src/renderer/app/x.ts', "import { ipcRenderer } from 'electron';"],
    ['src/renderer/app/x.ts', "import { registerIpcHandlers } from '../../main/ipc-handlers';"],
    ['src/main/window-options.ts', "import { BrowserWindow } from 'electron';"],
    ['src/main/x.ts', "import { App } from '../renderer/app/App';"],
    ['src/preload/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['src/preload/x.ts', "import { composeBriefing } from '../core/briefing/compose-briefing';"],
    ['src/preload/x.ts', "import { saveFileRequestSchema } from '../core/ipc/ipc-schemas';"],
    ['src/preload/x.ts', "import { writeFileAtomic } from '../node-shared/write-file-atomic';"],
    ['src/cli/x.ts', "import { openDatabase } from '../renderer/storage/database';"],
    ['src/renderer/features/claims/x.ts', "import { Workbench } from '../../app/Workbench';"],
    ['src/renderer/ui/x.tsx', "import { ClaimsPane } from '../features/claims/ClaimsPane';"],
    ['src/renderer/store/slices/x.ts', "import { ClaimCard } from '../../features/claims/ClaimCard';"],
    ['src/renderer/store/x.ts', "import { listClaims } from '../storage/claims';"],
    ['src/renderer/data/x.tsx', "import { useUndo } from '../features/undo/use-undo';"],
    ['src/renderer/storage/x.ts', "import { useAppState } from '../store/use-app-store';"],
    ['src/renderer/features/claims/x.ts', "import { ipcRenderer } from 'electron';"],
    ['src/core/files/x.ts', "import { writeFileAtomic } from '../../node-shared/write-file-atomic';"],
    ['src/renderer/app/x.ts', "import { writeFileAtomic } from '../../node-shared/write-file-atomic';"],
    ['src/node-shared/x.ts', "import { saveFile } from '../main/save-file';"],
    ['src/node-shared/x.ts', "import { runBrief } from '../cli/brief-command';"],
    ['src/node-shared/x.ts', "import { app } from 'electron';"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toEqual([]);
  });

  it.each([
    ['src/core/text/x.ts', "import type { Source } from '../model/records';"],
    ['src/core/briefing/x.ts', "import { Document, Packer } from 'docx';"],
    ['src/core/briefing/x.ts', "import { PDFDocument } from 'pdf-lib';"],
    [
      'src/node-shared/x.ts',
      "import { writeBriefingPdf } from '../core/briefing/document/pdf/write-briefing-pdf';",
    ],
    ['src/renderer/app/x.ts', "import { composeBriefing } from '../../core/briefing/compose-briefing';"],
    ['src/main/electron-app.ts', "import { app } from 'electron';"],
    ['src/cli/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['src/renderer/app/x.tsx', "import { ClaimsPane } from '../features/claims/ClaimsPane';"],
    ['src/renderer/features/claims/x.ts', "import { useActions } from '../../store/use-app-store';"],
    ['src/renderer/features/claims/x.ts', "import { listClaims } from '../../storage/claims';"],
    ['src/renderer/data/x.tsx', "import { listClaims } from '../storage/claims';"],
    ['src/preload/x.ts', "import { IPC_CHANNELS } from '../core/ipc/ipc-channels';"],
    ['src/preload/x.ts', "import type { Platform } from '../core/model/platform';"],
    ['src/main/x.ts', "import { writeFileAtomic } from '../node-shared/write-file-atomic';"],
    ['src/cli/x.ts', "import { writeFileAtomic } from '../node-shared/write-file-atomic';"],
    ['src/node-shared/x.ts', "import { describeFileError } from '../core/files/describe-file-error';"],
    ['src/node-shared/x.ts', "import { rename } from 'node:fs/promises';"],
  ])('accepts in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
