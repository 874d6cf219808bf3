// Who is making a change, and when: every write stamps `updatedBy` and `updatedAt` from this.
export type Actor = { researcherId: string; now?: string };
