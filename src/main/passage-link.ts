// Opening an `evidence:` link (a citation in a briefing's HTML export, clicked in a browser or a mail
// client) in the running app: the operating system starts us with the link in argv, or hands it to the
// running instance ('second-instance' argv on Windows and Linux, 'open-url' on macOS). The link's format
// is core's (build and parse live together there); here it is injected as `parse`, so this is tested
// without Electron. The passage goes to the page over IPC, checked against its schema first.
import { IPC_CHANNELS, type PassageTarget } from '../core/ipc/ipc-channels';
import { passageTargetSchema } from '../core/ipc/ipc-schemas';

export const PASSAGE_LINK_SCHEME = 'evidence';

export type PassageLinkDeps = {
  /** Reads a passage link; null when the URL is not one. */
  parse: (url: string) => PassageTarget | null;
  /** Sends a message to the app's window (focusing it), or queues it until the page has loaded. */
  sendToWindow: (channel: string, payload: PassageTarget) => void;
  log?: (message: string) => void;
};

/** The first `evidence:` link among command-line arguments, if any. */
export function findPassageLink(argv: readonly string[]): string | undefined {
  return argv.find((arg) => arg.toLowerCase().startsWith(`${PASSAGE_LINK_SCHEME}:`));
}

/** Sends the link's passage to the page; false (and logged) when the link is not a valid passage link. */
export function handlePassageLink(url: string, deps: PassageLinkDeps): boolean {
  let target: PassageTarget | null;
  try {
    target = deps.parse(url);
  } catch {
    target = null;
  }
  const checked = passageTargetSchema.safeParse(target);
  if (!checked.success) {
    deps.log?.(`[link] ignored ${url.slice(0, 200)}: not a passage link`);
    return false;
  }
  deps.sendToWindow(IPC_CHANNELS.openPassage, checked.data);
  return true;
}
