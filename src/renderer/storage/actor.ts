// Who is making a change, and when: every write stamps `updatedBy` and `updatedAt` from this. Without a
// `now`, the change is stamped with this machine's clock when it is written.
import type { Actor as StampActor } from '../../core/model/version-stamp';
import { nowIso } from './timestamps';

export type Actor = { researcherId: string; now?: string };

/** The actor with its time fixed, as core's version stamping takes it. */
export function actingNow(actor: Actor): StampActor {
  return { researcherId: actor.researcherId, now: actor.now ?? nowIso() };
}
