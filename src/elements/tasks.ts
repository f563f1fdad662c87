// When an element's work runs: in a task of its own, or after the frame that shows what it rendered.

/**
 * Resolves in a task of its own, after the one running now: a continuation of `scheduler.yield()` where the browser has
 * one (Chromium, Firefox), which it runs after pending input and ahead of other queued work, mostly even ahead of a
 * frame that is due (a frame came between in 1 of 20 loads at 4× CPU; README, Performance); else after a timeout. Ends
 * a long task without handing the thread to work that would only delay what comes next: a frame painted in between
 * would show nothing new.
 */
export const nextTask = (): Promise<void> =>
  globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));

/** Resolves in a task after the next frame is painted, or after 100 ms when no frame comes (a hidden tab). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }),
    );
  });
}
