// The local researcher: created on first run with a random UUID kept in the database, stamped on every
// record this installation creates or changes. The display name can be edited later.
import { createId } from '../../core/ids';
import type { Researcher } from '../../core/model/records';
import { stampVersion } from '../../core/model/version-stamp';
import type { Store } from './database';
import { nowIso } from './timestamps';

const LOCAL_RESEARCHER_KEY = 'localResearcherId';
export const DEFAULT_RESEARCHER_NAME = 'Local researcher';

/** Returns the local researcher, creating it (and remembering its id) the first time. */
export async function ensureLocalResearcher(store: Store, now: string = nowIso()): Promise<Researcher> {
  const { db } = store;
  return db.transaction('rw', db.settings, db.researchers, async () => {
    const setting = await db.settings.get(LOCAL_RESEARCHER_KEY);
    const existing = setting ? await db.researchers.get(setting.value) : undefined;
    if (existing) return existing;
    const id = setting?.value ?? createId();
    const researcher: Researcher = {
      id,
      displayName: DEFAULT_RESEARCHER_NAME,
      ...stampVersion({ researcherId: id, now }),
      deleted: false,
    };
    await db.researchers.put(researcher);
    await db.settings.put({ key: LOCAL_RESEARCHER_KEY, value: id });
    return researcher;
  });
}

export async function renameResearcher(store: Store, id: string, displayName: string): Promise<Researcher> {
  const { db } = store;
  const name = displayName.trim();
  if (!name) throw new Error('A name cannot be empty.');
  return db.transaction('rw', db.researchers, async () => {
    const current = await db.researchers.get(id);
    if (!current) throw new Error('That researcher is not in the library.');
    const next: Researcher = {
      ...current,
      displayName: name,
      ...stampVersion({ researcherId: id, now: nowIso() }, current),
    };
    await db.researchers.put(next);
    return next;
  });
}

export async function getResearcher(store: Store, id: string): Promise<Researcher | undefined> {
  return store.db.researchers.get(id);
}
