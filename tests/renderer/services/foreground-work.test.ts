// A waited-on task announced on the channel holds background work back until it says it ended, from
// any window or worker of the origin; one that never says so stops counting after MAX_HOLD_MS.
import { afterEach, describe, expect, it } from 'vitest';
import {
  announceForegroundWork,
  MAX_HOLD_MS,
  watchForegroundWork,
  type ForegroundWatch,
} from '../../../src/renderer/services/foreground-work';

/** Lets the channel deliver what was posted (a message crosses on a later turn of the event loop). */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 20));

let watch: ForegroundWatch | null = null;
afterEach(() => watch?.close());

describe('foreground work', () => {
  it('holds background work while a task runs, and lets it go when the task ends', async () => {
    watch = watchForegroundWork();
    expect(watch.isBusy()).toBe(false);
    const endFirst = announceForegroundWork('briefing-a');
    const endSecond = announceForegroundWork('briefing-b');
    await delivered();
    expect(watch.isBusy()).toBe(true);
    endFirst();
    await delivered();
    expect(watch.isBusy()).toBe(true);
    endSecond();
    endSecond();
    await delivered();
    expect(watch.isBusy()).toBe(false);
  });

  it('stops counting a task that never says it ended', async () => {
    let clock = 0;
    watch = watchForegroundWork(() => clock);
    const end = announceForegroundWork('ended-by-cancel');
    await delivered();
    expect(watch.isBusy()).toBe(true);
    clock = MAX_HOLD_MS + 1;
    expect(watch.isBusy()).toBe(false);
    end();
  });
});
