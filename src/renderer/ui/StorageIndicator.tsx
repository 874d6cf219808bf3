// Says, quietly, when the browser has not promised to keep this library (storage not persisted), so the
// researcher knows to export it regularly. Shows nothing when storage is persisted or the answer is unknown.
export function StorageIndicator({ persisted }: { persisted: boolean | undefined }) {
  if (persisted !== false) return null;
  return (
    <span
      className="storage-indicator"
      title="The browser may clear this library when disk space runs low. Use Export database to keep a copy."
    >
      Storage not persisted
    </span>
  );
}
