// How `npm run bench` reads a keystroke from a Chrome trace (keystrokesOf, scripts/bench/editor-list.mjs): from the
// task that dispatches keydown to the end of the frame committed after the change event the key caused. The editor's
// rows anchor on `input`; the picker's Shoelace group fires only its own `sl-input`. Synthetic traces, times in µs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { keystrokesOf } from '../../scripts/bench/editor-list.mjs';

const MAIN = { pid: 1, tid: 7 };
const slice = (name, ts, dur, args) => ({ name, ph: 'X', ...MAIN, ts, dur, tdur: dur, ...(args ? { args } : {}) });
const task = (ts, dur) => slice('ThreadControllerImpl::RunTask', ts, dur);
const dispatch = (type, ts) => slice('EventDispatch', ts, 100, { data: { type } });

/**
 * One key: keydown in a task at 1,000; a frame committed at 2,550 (before the change shows); the change event in a
 * task at 3,000; the frame that shows it committed at 5,500-5,800; the interaction's EventTiming, 24 ms.
 */
function trace(changeEvent) {
  return [
    task(1_000, 1_000), dispatch('keydown', 1_100),
    task(2_500, 200), slice('Commit', 2_550, 100),
    task(3_000, 1_000), dispatch(changeEvent, 3_100),
    task(5_000, 1_000), slice('Commit', 5_500, 300),
    { name: 'EventTiming', ph: 'b', pid: 1, tid: 9, ts: 1_100, args: { data: { interactionId: 4, duration: 24 } } },
  ];
}

describe('keystrokesOf: one keystroke from a Chrome trace', () => {
  const rows = [
    // [what, change event in the trace, options, main-thread time in ms (keydown's task → end of the commit)]
    ['the editor: anchored on input (the default)', 'input', undefined, 1 + 0.2 + 1 + 0.8],
    ['Shoelace: anchored on its sl-input', 'sl-input', { changeEvents: ['sl-input'] }, 1 + 0.2 + 1 + 0.8],
    ['one of several change events', 'change', { changeEvents: ['input', 'change'] }, 1 + 0.2 + 1 + 0.8],
    ['anchored on the keydown alone: the first frame after it', 'sl-input', { changeEvents: [] }, 1 + 0.15],
  ];
  for (const [what, changeEvent, options, ms] of rows) {
    test(what, () => {
      const [key] = keystrokesOf(trace(changeEvent), options);
      assert.equal(Number(key.total.toFixed(3)), ms);
      assert.equal(Number(key.cpu.toFixed(3)), ms);
      assert.equal(key.eventTiming, 24);
    });
  }

  test('a keystroke without the change event is an error, not a shorter keystroke', () => {
    assert.throws(() => keystrokesOf(trace('sl-input')), /a keystroke without an input event in the trace/);
    assert.throws(() => keystrokesOf(trace('change'), { changeEvents: ['sl-input'] }), /without an sl-input event/);
  });

  test('a trace without a keydown is an error', () => {
    assert.throws(() => keystrokesOf(trace('input').filter((e) => e.args?.data?.type !== 'keydown')), /no keydown in the trace/);
  });
});
