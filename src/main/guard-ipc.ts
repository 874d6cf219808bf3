// Wraps an IPC handler so it only ever runs for the app's own top-level page and only with a message
// that matches its schema; everything else is refused with an error and never acted on.
import type { z } from 'zod';
import type { IpcResult } from '../core/ipc/ipc-channels';

/** The part of Electron's IpcMainInvokeEvent the guard reads. */
export type IpcSenderEvent = { senderFrame: { url: string; parent: unknown } | null };

export type GuardOptions = {
  channel: string;
  isAppPage: (url: string) => boolean;
  log?: (message: string) => void;
};

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'message'}: ${issue.message}`)
    .join('; ');
}

/** True when the message comes from our page's main frame (not an iframe, not a page it navigated to). */
export function isTrustedSender(event: IpcSenderEvent, isAppPage: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppPage(frame.url);
}

export function guardIpcHandler<S extends z.ZodType, R>(
  schema: S,
  handler: (request: z.infer<S>) => Promise<R>,
  options: GuardOptions,
): (event: IpcSenderEvent, payload: unknown) => Promise<IpcResult<R>> {
  const refuse = (error: string): IpcResult<R> => {
    options.log?.(`[ipc] ${options.channel}: ${error}`);
    return { ok: false, error };
  };
  return async (event, payload) => {
    if (!isTrustedSender(event, options.isAppPage)) {
      return refuse(`Refused ${options.channel}: the request did not come from the app's own page.`);
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      return refuse(`Refused ${options.channel}: malformed request (${describeIssues(parsed.error)}).`);
    }
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return refuse(error instanceof Error ? error.message : String(error));
    }
  };
}
