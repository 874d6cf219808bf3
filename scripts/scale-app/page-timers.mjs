/* global document, performance, requestAnimationFrame */
// Timers run inside the page by the app benchmark: from a click to the moment what it opens is drawn,
// polled once a frame, so the time includes the render and paint the researcher waits for.

/** Opens the first source in the library; ms until its text (and, if `marked`, a highlight) shows. */
export async function openedWithin({ marked }) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const started = performance.now();
  document.querySelector('.source-item')?.click();
  const ready = () =>
    document.querySelector('.reader-text [data-start]') &&
    (!marked || document.querySelector('.reader-text mark.highlight'));
  while (!ready()) {
    if (performance.now() - started > 120_000) return NaN;
    await frame();
  }
  await frame();
  return performance.now() - started;
}

/** "Generate briefing" with all claims: the time until its preview shows, or why it did not. */
export async function measureBriefing(page) {
  const result = await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Generate briefing',
    );
    if (!button) return 'no "Generate briefing" button';
    const started = performance.now();
    // When the worker has read the library and starts composing (the progress line says so).
    let composing = NaN;
    button.click();
    for (;;) {
      const progress = document.querySelector('.briefing-progress');
      if (Number.isNaN(composing) && progress?.textContent?.includes('Composing'))
        composing = performance.now() - started;
      const preview = document.querySelector('.briefing-preview');
      if (preview && preview.innerHTML.length > 0) return { total: performance.now() - started, composing };
      if (!document.querySelector('.app, main, #root > *')) return 'the app unmounted';
      if (performance.now() - started > 120_000) return 'no preview after 120 s';
      await frame();
    }
  });
  if (typeof result === 'string') return result;
  const time = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
  const split = Number.isNaN(result.composing)
    ? ''
    : ` (reading ${time(result.composing)}, composing ${time(result.total - result.composing)})`;
  return `${time(result.total)}${split}`;
}

/**
 * With the briefing dialog open on a saved briefing that has a filter: "Cover all claims", and the time
 * until the briefing of every claim is previewed (its progress line gone and a preview drawn).
 */
/**
 * "Cover all claims": when the briefing's start is shown (a large briefing shows it while the rest of its
 * references are formatted: the preview changes while the progress is still up) and when the whole is
 * ready (the progress gone, export possible), and when the worker had read the library (its progress
 * turns to "Composing"). Returns "whole (start shown at …, library read at …)".
 */
export async function measureAllClaimsBriefing(page) {
  const result = await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cover all claims');
    if (!button) return 'the saved briefing covers all claims already';
    const before = document.querySelector('.briefing-preview')?.innerHTML ?? '';
    const started = performance.now();
    let working = false;
    let shown;
    let read;
    button.click();
    for (;;) {
      const progress = document.querySelector('.briefing-progress');
      if (progress) {
        working = true;
        if (progress.textContent?.includes('Generate again')) return `failed: ${progress.textContent}`;
        if (read === undefined && progress.textContent?.startsWith('Composing'))
          read = performance.now() - started;
      }
      const preview = document.querySelector('.briefing-preview');
      const html = preview?.innerHTML ?? '';
      if (working && shown === undefined && html.length > 0 && html !== before)
        shown = performance.now() - started;
      if (working && !progress && html.length > 0) return { whole: performance.now() - started, shown, read };
      if (performance.now() - started > 300_000) return 'no preview after 300 s';
      await frame();
    }
  });
  if (typeof result === 'string') return result;
  const time = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
  const read = result.read === undefined ? '' : `, library read at ${time(result.read)}`;
  return `${time(result.whole)} (start shown at ${time(result.shown ?? result.whole)}${read})`;
}
