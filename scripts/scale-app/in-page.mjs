/* global document, window, performance, requestAnimationFrame, indexedDB, PerformanceObserver */
// What the app benchmark runs inside the page: a long-task recorder (installed before the app loads), the
// raw IndexedDB write floor of a bundle, and a frame sampler for scrolling. Each function is serialised
// by Playwright and run in the page, so it uses nothing from this module's scope.

/** Records every long task (over 50 ms) in window.__longTasks; installed with addInitScript. */
export function recordLongTasks() {
  window.__longTasks = [];
  window.__lastLongTaskEnd = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longTasks.push(entry.duration);
      window.__lastLongTaskEnd = Math.max(window.__lastLongTaskEnd, entry.startTime + entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * The floor of "Import database": the same file read, parsed and written raw into a fresh IndexedDB
 * database, one object store per table, one transaction. Milliseconds.
 */
export async function writeRawFloor(input) {
  const started = performance.now();
  const file = input.files[0];
  const bundle = JSON.parse(await file.text());
  const tables = Object.keys(bundle.library);
  const name = `floor-${Date.now()}`;
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      for (const table of tables) open.result.createObjectStore(table, { keyPath: 'id' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction(tables, 'readwrite');
    for (const table of tables) {
      const store = tx.objectStore(table);
      for (const record of bundle.library[table]) store.put(record);
    }
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - started;
  db.close();
  indexedDB.deleteDatabase(name);
  return ms;
}

/** Scrolls `selector` by `step` pixels a frame for `frames` frames; the frame intervals, in ms. */
export async function sampleScrollFrames({ selector, step, frames }) {
  const scroller = document.querySelector(selector);
  if (!scroller) return [];
  const times = [];
  await new Promise((resolve) => {
    let last = performance.now();
    const tick = (now) => {
      times.push(now - last);
      last = now;
      scroller.scrollTop += step;
      if (times.length < frames) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  return times.slice(1);
}
