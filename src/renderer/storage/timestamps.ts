// This machine's clock, as records are stamped with it. Stamping a new version (a time strictly after the
// previous one, within what a bundle accepts) is core's rule: core/model/version-stamp.

export function nowIso(): string {
  return new Date().toISOString();
}
