// When an element's work runs: in a task of its own, or after the frame that shows what it rendered. Each wait ends
// the task running now, so the page may paint and handle input in between.

/** Resolves in a task of its own, after the one running now. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * Resolves in a task of its own that the browser may run before its next frame: a `user-blocking` task where there is
 * a `scheduler` (Chromium, Firefox), else as `nextTask`. For work whose result is what the page is waiting to show: a
 * frame painted in between would show nothing new, and on a phone costs the work a frame's time.
 */
export const urgentTask = (): Promise<void> =>
  typeof scheduler === 'object' ? scheduler.postTask(() => {}, { priority: 'user-blocking' }) : nextTask();

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
