// Why a file could not be read or written, in words a researcher can act on. Node reports file-system
// failures by code (ENOENT, EACCES, ENOSPC, …); the desktop app's main process and the `evidence` command
// both describe them with this one table, each in its own sentence ("Could not save …" in a dialog,
// "cannot write …" on one CLI line). Pure: it reads only the error's `code` and `message`.

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'a file with that name already exists',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'another program is using it',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'the disk could not be read or written',
};

/** The reason for a code we know, else the first line of the error's own message. */
export function describeFileErrorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && Object.hasOwn(REASONS, code)) return REASONS[code]!;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!;
}

/** "Could not save "name": the disk is full." — for messages shown in the app. */
export function describeFileError(action: string, name: string, error: unknown): string {
  return `Could not ${action} "${name}": ${describeFileErrorReason(error)}.`;
}
