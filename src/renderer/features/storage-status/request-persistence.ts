// Asks the browser to keep this library's storage (navigator.storage.persist). Browsers decide by their
// own rules (an installed app, a bookmarked site, site engagement), so the answer may be no; undefined
// where the API is missing or failed.
export async function requestPersistence(): Promise<boolean | undefined> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return undefined;
  try {
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return undefined;
  }
}
