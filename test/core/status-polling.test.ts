import { expect } from '@open-wc/testing';
import {
  Backoff,
  isFinalStatus,
  nextPollDelay,
  readPolledAnswer,
  readStreamedStatus,
  toDurationMs,
  type PollDelayInput,
} from '../../src/core/status-polling.js';
import * as z from 'zod/mini';
import { isIsoDateTimeWithOffset, parseStatusAnswer, toOrderStatus, type StatusAnswer } from '../../src/schema/order-status.js';
import { statusAnswerSchema } from '../../src/schema/status-answer.js';

const fixed = (value: number) => () => value;

describe('nextPollDelay', () => {
  const rows: [string, PollDelayInput, number][] = [
    ['healthy: the steady interval', { failures: 0, intervalMs: 5000, maxBackoffMs: 60000, random: fixed(0.9) }, 5000],
    ['1st failure, equal jitter, lowest draw', { failures: 1, intervalMs: 1000, maxBackoffMs: 60000, random: fixed(0) }, 1000],
    ['1st failure, equal jitter, highest draw', { failures: 1, intervalMs: 1000, maxBackoffMs: 60000, random: fixed(1) }, 2000],
    ['3rd failure, equal jitter, middle draw', { failures: 3, intervalMs: 1000, maxBackoffMs: 60000, random: fixed(0.5) }, 6000],
    ['capped at maxBackoffMs', { failures: 10, intervalMs: 1000, maxBackoffMs: 8000, random: fixed(1) }, 8000],
    ['a huge failure count stays finite', { failures: 5000, intervalMs: 1000, maxBackoffMs: 8000, random: fixed(1) }, 8000],
    ['a cap below the interval counts as the interval', { failures: 4, intervalMs: 1000, maxBackoffMs: 10, random: fixed(1) }, 1000],
    ['negative failures count as healthy', { failures: -3, intervalMs: 1000, maxBackoffMs: 8000, random: fixed(1) }, 1000],
    ['NaN failures count as healthy', { failures: Number.NaN, intervalMs: 1000, maxBackoffMs: 8000 }, 1000],
    ['NaN interval falls back to 5 s', { failures: 0, intervalMs: Number.NaN, maxBackoffMs: 8000 }, 5000],
    ['zero interval falls back to 5 s', { failures: 0, intervalMs: 0, maxBackoffMs: 8000 }, 5000],
    ['negative interval falls back to 5 s', { failures: 0, intervalMs: -20, maxBackoffMs: 8000 }, 5000],
    ['no cap given: 12 intervals', { failures: 10, intervalMs: 1000, random: fixed(1) }, 12000],
    ['no cap given: 12 intervals, at most 60 s', { failures: 10, intervalMs: 10000, random: fixed(1) }, 60000],
    ['infinite cap falls back to 60 s', { failures: 20, intervalMs: 1000, maxBackoffMs: Infinity, random: fixed(1) }, 60000],
    ['a draw above 1 is clamped', { failures: 1, intervalMs: 1000, maxBackoffMs: 60000, random: fixed(7) }, 2000],
    ['a NaN draw takes the middle', { failures: 1, intervalMs: 1000, maxBackoffMs: 60000, random: fixed(Number.NaN) }, 1500],
  ];
  for (const [name, input, expected] of rows) {
    it(name, () => {
      expect(nextPollDelay(input)).to.equal(expected);
    });
  }

  it('uses Math.random by default and stays within [ceiling/2, ceiling]', () => {
    for (let i = 0; i < 50; i++) {
      const delay = nextPollDelay({ failures: 2, intervalMs: 100, maxBackoffMs: 10000 });
      expect(delay).to.be.within(200, 400);
    }
  });
});

describe('Backoff', () => {
  // Each row: the outcomes of the attempts in order (true: answered), and the waits asked for after each.
  const rows: [string, boolean[], number[]][] = [
    ['healthy: one interval after each answer', [true, true], [1000, 1000]],
    ['failures back off: 1–2, then 2–4, then 4–8 intervals (highest draw)', [false, false, false], [2000, 4000, 8000]],
    ['after an outage ends, one interval, however long the outage was', [false, false, false, false, true], [2000, 4000, 8000, 12000, 1000]],
    ['a new outage starts from the first step again', [false, false, true, false], [2000, 4000, 1000, 2000]],
  ];
  for (const [name, outcomes, waits] of rows) {
    it(name, () => {
      const backoff = new Backoff(() => 1000, fixed(1));
      expect(outcomes.map((ok) => backoff.next(ok))).to.deep.equal(waits);
    });
  }

  it('reads the interval at each attempt, so a changed poll-interval counts at once', () => {
    let interval = 1000;
    const backoff = new Backoff(() => interval, fixed(1));
    expect(backoff.next(true)).to.equal(1000);
    interval = 20;
    expect(backoff.next(true)).to.equal(20);
  });
});

describe('readStreamedStatus', () => {
  const rows: [string, unknown, StatusAnswer | undefined][] = [
    ['a status of this order', '{"orderId":"1234","status":"provisioning","updatedAt":"2026-11-21T14:03:00Z","message":"Creating nodes"}',
      { status: 'provisioning', message: 'Creating nodes', updatedAt: '2026-11-21T14:03:00Z' }],
    ['a portal alias', '{"orderId":"1234","status":"DONE"}', { status: 'ready' }],
    ['a status we do not know: news, shown as unknown', '{"orderId":"1234","status":"suspended"}', { status: 'unknown' }],
    ['a date without offset: dropped', '{"orderId":"1234","status":"ready","updatedAt":"2026-11-21T14:03:00"}', { status: 'ready' }],
    ['another order: ignored', '{"orderId":"9999","status":"ready"}', undefined],
    ['no order id: ignored', '{"status":"ready"}', undefined],
    ['an order id that is a number: ignored', '{"orderId":1234,"status":"ready"}', undefined],
    ['no status: ignored', '{"orderId":"1234"}', undefined],
    ['a status that is not text: ignored', '{"orderId":"1234","status":3}', undefined],
    ['not JSON: ignored', 'not json', undefined],
    ['an HTML error page: ignored', '<html>502 Bad Gateway</html>', undefined],
    ['JSON null: ignored', 'null', undefined],
    ['a JSON string: ignored', '"ready"', undefined],
    ['nothing: ignored', undefined, undefined],
    ['a prototype-polluting key is only data', '{"orderId":"1234","status":"ready","__proto__":{"status":"failed"}}', { status: 'ready' }],
  ];
  for (const [name, data, expected] of rows) {
    it(`reads ${name}`, () => {
      expect(readStreamedStatus(data, '1234')).to.deep.equal(expected);
    });
  }
});

describe('toDurationMs', () => {
  const rows: [unknown, number][] = [
    [20, 20],
    [0, 5000],
    [-1, 5000],
    [Number.NaN, 5000],
    [Infinity, 5000],
    ['20', 5000],
    [undefined, 5000],
  ];
  for (const [value, expected] of rows) {
    it(`reads ${String(value)} as ${expected}`, () => {
      expect(toDurationMs(value, 5000)).to.equal(expected);
    });
  }
});

describe('isFinalStatus', () => {
  const rows: [string, boolean][] = [
    ['ready', true],
    ['failed', true],
    ['cancelled', true],
    ['received', false],
    ['provisioning', false],
    ['unknown', false],
    ['', false],
  ];
  for (const [status, final] of rows) {
    it(`${JSON.stringify(status)} is ${final ? '' : 'not '}final`, () => {
      expect(isFinalStatus(status)).to.equal(final);
    });
  }
});

describe('toOrderStatus', () => {
  const rows: [unknown, string][] = [
    ['received', 'received'],
    ['provisioning', 'provisioning'],
    ['ready', 'ready'],
    ['failed', 'failed'],
    ['cancelled', 'cancelled'],
    [' Ready ', 'ready'],
    ['new', 'received'],
    ['processing', 'provisioning'],
    ['DONE', 'ready'],
    ['canceled', 'cancelled'],
    ['<b>x</b>', 'unknown'],
    ['suspended', 'unknown'],
    ['toString', 'unknown'],
    ['__proto__', 'unknown'],
    ['', 'unknown'],
    [null, 'unknown'],
    [42, 'unknown'],
  ];
  for (const [value, expected] of rows) {
    it(`reads ${JSON.stringify(value)} as ${expected}`, () => {
      expect(toOrderStatus(value)).to.equal(expected);
    });
  }
});

describe('parseStatusAnswer', () => {
  const throwing = {
    get status(): string {
      throw new Error('boom');
    },
  };
  const rows: [string, unknown, StatusAnswer][] = [
    ['a full answer', { status: 'ready', message: ' Done ', updatedAt: '2026-11-21T14:03:00Z' }, { status: 'ready', message: 'Done', updatedAt: '2026-11-21T14:03:00Z' }],
    ['an offset date-time', { status: 'failed', updatedAt: '2026-11-21T14:03:00+01:00' }, { status: 'failed', updatedAt: '2026-11-21T14:03:00+01:00' }],
    ['epoch milliseconds', { status: 'received', updatedAt: 0 }, { status: 'received', updatedAt: '1970-01-01T00:00:00.000Z' }],
    ['an unknown status', { status: 'paused' }, { status: 'unknown' }],
    ['a portal alias', { status: 'DONE' }, { status: 'ready' }],
    ['no status', { message: 'hi' }, { status: 'unknown', message: 'hi' }],
    ['a blank message', { status: 'ready', message: '   ' }, { status: 'ready' }],
    ['a message that is not text', { status: 'ready', message: { html: '<b>x</b>' } }, { status: 'ready' }],
    ['a date without offset', { status: 'ready', updatedAt: '2026-11-21T14:03:00' }, { status: 'ready' }],
    ['a date that is not a date', { status: 'ready', updatedAt: 'yesterday' }, { status: 'ready' }],
    ['an out-of-range number', { status: 'ready', updatedAt: 1e20 }, { status: 'ready' }],
    ['null', null, { status: 'unknown' }],
    ['a string', 'ready', { status: 'unknown' }],
    ['an array', ['ready'], { status: 'unknown' }],
    ['a throwing getter', throwing, { status: 'unknown' }],
  ];
  for (const [name, input, expected] of rows) {
    it(`reads ${name}`, () => {
      expect(parseStatusAnswer(input)).to.deep.equal(expected);
    });
  }
});

describe('readPolledAnswer', () => {
  const rows: [string, unknown, StatusAnswer | undefined][] = [
    ['a known status', { status: 'provisioning', message: 'Creating nodes' }, { status: 'provisioning', message: 'Creating nodes' }],
    ['a status we do not know: news, shown as unknown', { status: 'suspended' }, { status: 'unknown' }],
    ['an empty object: a failure', {}, undefined],
    ['a status that is not text: a failure', { status: 3 }, undefined],
    ['null: a failure', null, undefined],
    ['undefined: a failure', undefined, undefined],
    ['an HTML error page as a string: a failure', '<html>502 Bad Gateway</html>', undefined],
  ];
  for (const [name, input, expected] of rows) {
    it(`reads ${name}`, () => {
      expect(readPolledAnswer(input)).to.deep.equal(expected);
    });
  }
});

describe('statusAnswerSchema (for backends) and the lenient reader agree on dates', () => {
  const rows: [string, boolean][] = [
    ['2026-11-21T14:03:00Z', true],
    ['2026-11-21T14:03:00.123+01:00', true],
    ['2026-11-21T14:03Z', false],
    ['2026-11-21 14:03:00Z', false],
    ['2026-11-21T14:03:00', false],
    ['2026-13-21T14:03:00Z', false],
    ['yesterday', false],
  ];
  for (const [value, valid] of rows) {
    it(`${value} is ${valid ? '' : 'not '}a date-time with offset`, () => {
      expect(isIsoDateTimeWithOffset(value)).to.equal(valid);
      expect(z.safeParse(statusAnswerSchema, { status: 'ready', updatedAt: value }).success).to.equal(valid);
    });
  }
});
