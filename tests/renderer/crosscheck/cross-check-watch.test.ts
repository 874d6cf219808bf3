// How the window's side of the cross-check worker reports what it hears: answers replace each other, a
// failure (an error reply, or the worker itself stopping) becomes the state every pane reads and is handed
// out once for the notice, and "Try again" starts a fresh worker.
import { describe, expect, it } from 'vitest';
import {
  createCrossCheckWatch,
  NO_CROSS_CHECKS,
  STOPPED_WORKER,
  type CrossCheckHearing,
} from '../../../src/renderer/features/crosscheck/cross-check-watch';
import type {
  CrossCheckRequest,
  CrossCheckView,
} from '../../../src/renderer/features/crosscheck/crosscheck-protocol';

/** Stands in for the worker: records what it is sent and lets the test answer as the worker would. */
function standInWorker(hear: CrossCheckHearing) {
  const sent: CrossCheckRequest[] = [];
  let terminated = false;
  const worker = {
    postMessage: (request: CrossCheckRequest) => sent.push(request),
    terminate: () => {
      terminated = true;
    },
  };
  return { worker, hear, sent, isTerminated: () => terminated };
}

const SOME_CHECKS = {
  corroborations: [],
  conflictGroups: [],
  sums: [{ claimIds: ['a', 'b'] }],
} as unknown as CrossCheckView;

function watched() {
  const workers: ReturnType<typeof standInWorker>[] = [];
  const watch = createCrossCheckWatch('library-1', (hear) => {
    const made = standInWorker(hear);
    workers.push(made);
    return made.worker;
  });
  let heard = 0;
  watch.subscribe(() => (heard += 1));
  return { watch, workers, heard: () => heard };
}

describe('the cross-check watch', () => {
  it('asks its worker to watch the database and keeps the latest answer', () => {
    const { watch, workers, heard } = watched();
    expect(workers[0]!.sent).toEqual([{ type: 'watch', databaseName: 'library-1' }]);
    expect(watch.current()).toEqual({ checks: NO_CROSS_CHECKS, failure: null });
    workers[0]!.hear.reply({ type: 'checks', checks: SOME_CHECKS });
    expect(watch.current()).toEqual({ checks: SOME_CHECKS, failure: null });
    expect(heard()).toBe(1);
    expect(watch.takeFailureToReport()).toBeNull();
  });

  it('turns an error reply into a failure the panes read and the notice takes once', () => {
    const { watch, workers, heard } = watched();
    workers[0]!.hear.reply({ type: 'checks', checks: SOME_CHECKS });
    workers[0]!.hear.reply({ type: 'error', message: 'Database has been closed' });
    expect(watch.current()).toEqual({ checks: NO_CROSS_CHECKS, failure: 'Database has been closed' });
    expect(heard()).toBe(2);
    expect(workers[0]!.isTerminated()).toBe(true);
    expect(watch.takeFailureToReport()).toBe('Database has been closed');
    expect(watch.takeFailureToReport()).toBeNull();
  });

  it('reports a worker that stops with an uncaught error, with or without a message', () => {
    const { watch, workers } = watched();
    workers[0]!.hear.stopped('Uncaught RangeError: Invalid array length');
    expect(workers[0]!.isTerminated()).toBe(true);
    expect(watch.current().failure).toBe('Uncaught RangeError: Invalid array length');

    watch.retry();
    workers[1]!.hear.stopped(undefined);
    expect(watch.current().failure).toBe(STOPPED_WORKER);
  });

  it('starts afresh on "Try again", and ignores the worker it replaced', () => {
    const { watch, workers } = watched();
    workers[0]!.hear.reply({ type: 'error', message: 'quota exceeded' });
    watch.retry();
    expect(watch.current()).toEqual({ checks: NO_CROSS_CHECKS, failure: null });
    expect(watch.takeFailureToReport()).toBeNull();
    expect(workers).toHaveLength(2);
    expect(workers[1]!.sent).toEqual([{ type: 'watch', databaseName: 'library-1' }]);
    workers[0]!.hear.reply({ type: 'error', message: 'late word from the old worker' });
    expect(watch.current().failure).toBeNull();
    workers[1]!.hear.reply({ type: 'checks', checks: SOME_CHECKS });
    expect(watch.current().checks).toBe(SOME_CHECKS);
  });
});
