/**
 * Schedules work right after the editor's frame has painted (design.md, "A keystroke's path"):
 * requestAnimationFrame runs just before the paint, and a MessageChannel message posted from it
 * runs as the first task after. Requests made before then share one run, so fast typing is
 * coalesced without a debounce that would freeze the preview.
 */

/** A scheduled task that runs at most once per painted frame. */
export interface AfterPaintTask {
  /** Asks for one run after the next paint; further requests before it are merged into it. */
  request(): void;
  /** Drops a pending run and frees the channel; the task never runs again. */
  dispose(): void;
}

/** Wraps `task` so that it runs after the next paint, once, however often it is requested. */
export function afterPaint(task: () => void): AfterPaintTask {
  const channel = new MessageChannel();
  let frame = 0;
  let pending = false;
  channel.port1.onmessage = () => {
    if (!pending) return;
    pending = false;
    task();
  };
  return {
    request() {
      if (pending) return;
      pending = true;
      frame = requestAnimationFrame(() => channel.port2.postMessage(null));
    },
    dispose() {
      pending = false;
      cancelAnimationFrame(frame);
      channel.port1.close();
    },
  };
}
