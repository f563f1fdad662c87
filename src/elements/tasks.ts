// When an element's work runs: in a task of its own, or after the frame that shows what it rendered. Each wait ends
// the task running now, so the page may handle input (and, but for `urgentTask`, paint) in between.

/** Resolves in a task of its own, after the one running now. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * Resolves in a task of its own that the browser runs ahead of other tasks, and before its next frame where it can: a
 * continuation of `scheduler.yield()` where there is one (Chromium, Firefox), else as `nextTask` (written out: the
 * bundle of every element is within its size limit by a few bytes). For work whose result is what the page waits to
 * show: a frame painted in between would show nothing new, and on a phone costs the work a frame's time.
 */
export const urgentTask = (): Promise<void> =>
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
