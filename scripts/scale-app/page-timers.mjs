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
    button.click();
    for (;;) {
      const preview = document.querySelector('.briefing-preview');
      if (preview && preview.innerHTML.length > 0) return performance.now() - started;
      if (!document.querySelector('.app, main, #root > *')) return 'the app unmounted';
      if (performance.now() - started > 120_000) return 'no preview after 120 s';
      await frame();
    }
  });
  if (typeof result === 'string') return result;
  return result >= 10_000 ? `${(result / 1000).toFixed(1)} s` : `${result.toFixed(0)} ms`;
}
