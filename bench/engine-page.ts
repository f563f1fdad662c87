// The engine contest in Chromium: `scripts/bench/engine.mjs` calls `window.runContest` (bench/engine-run.ts).
import { runContest } from './engine-run.js';

(window as unknown as { runContest: typeof runContest }).runContest = runContest;
