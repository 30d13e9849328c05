import * as assert from 'node:assert/strict';
import { runAtOnce, runInSlices } from '../../src/node/eventLoop';

/** A job of `units` units of work, each taking `unitMs` on the fake clock `clock`. */
function* job(units: number, unitMs: number, clock: { now: number }, done: number[]): Generator<void, string> {
  for (let i = 0; i < units; i++) {
    clock.now += unitMs;
    done.push(i);
    yield;
  }
  return `${units} units`;
}

describe('work spread over turns of the event loop (node/eventLoop runInSlices)', () => {
  it('runs the first slice at once, then about a budget of work per turn, and returns what the job returns', async () => {
    const clock = { now: 0 };
    const done: number[] = [];
    const perTurn: number[] = [];
    const result = runInSlices(job(100, 3, clock, done), {
      budgetMs: 8,
      now: () => clock.now,
      between: () => {
        perTurn.push(done.length);
        return Promise.resolve();
      },
    });
    // Three units of 3 ms make the first slice reach 8 ms: they ran before runInSlices returned.
    assert.equal(done.length, 3);
    assert.equal(await result, '100 units');
    assert.equal(done.length, 100);
    assert.deepEqual(perTurn.slice(0, 3), [3, 6, 9]);
    assert.equal(perTurn.length, Math.ceil(100 / 3) - 1);
  });

  it('builds the same as at once, and a job done within the first slice is done in the caller’s turn', async () => {
    const clock = { now: 0 };
    const inSlices: number[] = [];
    const atOnce: number[] = [];
    let turns = 0;
    const sliced = runInSlices(job(5, 1, clock, inSlices), { budgetMs: 8, now: () => clock.now, between: () => (turns++, Promise.resolve()) });
    assert.deepEqual(inSlices, [0, 1, 2, 3, 4]);
    assert.equal(await sliced, runAtOnce(job(5, 1, { now: 0 }, atOnce)));
    assert.deepEqual(inSlices, atOnce);
    assert.equal(turns, 0);
  });

  it('stops a cancelled job before its next slice, closes it, and resolves with undefined', async () => {
    const clock = { now: 0 };
    const done: number[] = [];
    let cancelled = false;
    let closed = false;
    function* closing(): Generator<void, string> {
      try {
        return yield* job(100, 5, clock, done);
      } finally {
        closed = true;
      }
    }
    const result = runInSlices(closing(), {
      budgetMs: 8,
      now: () => clock.now,
      cancelled: () => cancelled,
      between: () => {
        if (done.length >= 6) cancelled = true;
        return Promise.resolve();
      },
    });
    assert.equal(await result, undefined);
    assert.equal(done.length, 6);
    assert.ok(closed);
  });
});
