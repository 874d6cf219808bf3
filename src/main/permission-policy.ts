// Which web permissions the page may have. The workbench needs none of the camera, microphone,
// notifications, geolocation and the like; it only asks to keep its IndexedDB library from eviction.

const GRANTED = new Set(['persistent-storage']);

export function isPermissionGranted(permission: string): boolean {
  return GRANTED.has(permission);
}
