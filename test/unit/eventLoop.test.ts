import * as assert from 'node:assert/strict';
import { runAtOnce, runInSlices, sortInSteps } from '../../src/node/eventLoop';

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

describe('sortInSteps', () => {
  it('sorts as Array.prototype.sort does, stably, and yields between comparisons', () => {
    // Seeded pseudo-random keys with many ties, so stability shows.
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const size of [0, 1, 2, 3, 17, 256, 1000, 1025]) {
      const items = Array.from({ length: size }, (_, index) => ({ key: Math.floor(random() * 20), index }));
      const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;
      let yields = 0;
      const steps = sortInSteps(items, byKey);
      let step = steps.next();
      for (; !step.done; step = steps.next()) yields++;
      assert.deepEqual(step.value, [...items].sort(byKey), `size ${size}`);
      if (size >= 1000) assert.ok(yields > 10, `${yields} yields for ${size} items`);
    }
  });

  it('leaves its input as it was', () => {
    const items = [3, 1, 2];
    assert.deepEqual(runAtOnce(sortInSteps(items, (a, b) => a - b)), [1, 2, 3]);
    assert.deepEqual(items, [3, 1, 2]);
  });
});
