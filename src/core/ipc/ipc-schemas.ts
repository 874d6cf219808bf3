// A zod schema for every message the page may send the main process: anything that does not match is
// rejected before a handler sees it. Only main imports this (the preload sends, it does not check), so
// zod stays out of the preload bundle.
import { z } from 'zod';
import { parseSyncServer } from '../sync/sync-origin';
import { checkDatabaseName } from '../sync/sync-settings';

const fileExtension = z
  .string()
  .regex(/^[A-Za-z0-9]{1,16}$/, 'a file extension is letters and digits without the dot');

export const openFilesRequestSchema = z
  .object({
    title: z.string().max(200),
    extensions: z.array(fileExtension).max(64),
    multiple: z.boolean(),
  })
  .strict();

export const saveFileRequestSchema = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(255)
      .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'a file name, not a path'),
    bytes: z.instanceof(Uint8Array),
    mimeType: z.string().max(200),
  })
  .strict();

/** Room for a long briefing with its passages' context; the printer refuses what a page URL cannot hold. */
export const MAX_PRINT_HTML_CHARS = 1_500_000;

export const printPdfRequestSchema = z.object({ html: z.string().min(1).max(MAX_PRINT_HTML_CHARS) }).strict();

/** What main sends the page when an `evidence:` link names a passage; checked before it is sent. */
export const passageTargetSchema = z
  .object({
    sourceId: z.string().min(1).max(200),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .strict()
  .refine((target) => target.end >= target.start, 'the passage ends before it starts');

/** Team sync settings as the page saves them: the same rules as the settings form. */
export const syncSettingsSchema = z
  .object({
    serverUrl: z
      .string()
      .max(2000)
      .superRefine((url, context) => {
        const check = parseSyncServer(url);
        if (!check.ok) context.addIssue({ code: 'custom', message: check.error });
      }),
    database: z.string().superRefine((name, context) => {
      const problem = checkDatabaseName(name);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
    username: z.string().max(200),
    password: z.string().max(1000),
  })
  .strict();

/** Messages with nothing to say (load, clear) carry no payload at all. */
export const emptyRequestSchema = z.undefined();

export type OpenFilesRequest = z.infer<typeof openFilesRequestSchema>;
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type PrintPdfRequest = z.infer<typeof printPdfRequestSchema>;
