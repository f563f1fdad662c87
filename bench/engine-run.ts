// Runs the engine contest (engine-contest.ts) with tinybench, the same code in Node and in the bench page: rounds in
// which every contestant runs a few times in turn at every list size (interleaved, contestants and sizes alike, so a
// busy or a quiet moment of the machine falls on all of them and on both sizes: the growth from one size to the next
// compares times taken side by side), tinybench's median per round, and the median of those. Before timing, every
// contestant's findings are compared with ours: a contestant that finds something else has no time.
import { Bench } from 'tinybench';
import { CONTESTANTS, type ContestSummary } from './engine-contest.js';
import { pastedList } from './sources.js';

export interface ContestResult {
  size: number;
  /** Per contestant: tinybench's median of each round (ms), and what it found. */
  times: Record<string, number[]>;
  found: Record<string, ContestSummary>;
}

export async function runContest({ sizes, rounds, iterations }: { sizes: number[]; rounds: number; iterations: number }): Promise<ContestResult[]> {
  const names = Object.keys(CONTESTANTS);
  const lists = sizes.map((size) => {
    const { text } = pastedList(size, 6, false);
    const found: Record<string, ContestSummary> = {};
    for (const [name, run] of Object.entries(CONTESTANTS)) found[name] = run(text);
    const expected = JSON.stringify(found['order-widgets']);
    for (const [name, summary] of Object.entries(found)) {
      if (JSON.stringify(summary) !== expected) throw new Error(`${name} found ${JSON.stringify(summary)} in ${size} entries, the product ${expected}`);
    }
    return { size, text, found, times: Object.fromEntries(names.map((name) => [name, [] as number[]])) };
  });
  // Warm-up, untimed: every contestant's code optimised by the engine at every size before the first round.
  for (const { size, text } of lists) {
    for (let i = 0; i < Math.max(2, Math.round(50_000 / size)); i++) for (const run of Object.values(CONTESTANTS)) run(text);
  }
  for (let round = 0; round < rounds; round++) {
    // Each round starts with another contestant: none always runs right after the same one.
    const order = [...names.slice(round % names.length), ...names.slice(0, round % names.length)];
    for (const { text, times } of lists) {
      for (const name of order) {
        const bench = new Bench({ iterations, time: 0, warmup: false });
        bench.add(name, () => {
          CONTESTANTS[name]!(text);
        });
        await bench.run();
        const task = bench.tasks[0]!;
        const result = task.result as { latency?: { p50: number } } | undefined;
        if (!result?.latency) throw new Error(`tinybench gave no result for ${name}: ${JSON.stringify(task.result)}`);
        times[name]!.push(result.latency.p50);
      }
    }
  }
  return lists.map(({ size, times, found }) => ({ size, times, found }));
}
