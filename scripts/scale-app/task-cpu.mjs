// The page's main-thread tasks as Chromium's own timeline records them, with the thread time each took
// beside its wall time. On a machine shared with other work a task is stretched by the time the thread
// waits for a core (a 170 ms task was seen to hold 4 ms of the thread's time), so the benchmark reports,
// beside the long tasks PerformanceObserver sees, how much of the longest was the page's own work.

const LONG_US = 50_000;

/** Starts tracing the page; the returned function stops and gives its tasks over 50 ms. */
export async function traceTasks(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (data) => {
    for (const event of data.value) events.push(event);
  });
  await cdp.send('Tracing.start', {
    // The disabled-by-default category carries the RunTask events with their thread time.
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return longTasksOf(events);
  };
}

/** The renderer main thread's tasks over 50 ms: wall and thread milliseconds, longest first. */
function longTasksOf(events) {
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur > LONG_US && mains.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ wall: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000 }))
    .sort((a, b) => b.wall - a.wall);
}

/** "longest 174 ms of which 4 ms the page's own; most thread time in one task 26 ms". */
export function describeTaskTimes(tasks) {
  if (tasks.length === 0) return 'no task over 50 ms in the trace';
  const [longest] = tasks;
  const busiest = tasks.reduce((most, t) => Math.max(most, t.cpu), 0);
  return `thread time: the longest ${longest.cpu.toFixed(0)} ms, at most ${busiest.toFixed(0)} ms in one task`;
}
