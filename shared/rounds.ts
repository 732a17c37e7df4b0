// Work a service does beside answering requests, in rounds: a round, a pause, the next round.
// A round reports its own failures; a failed round does not stop the next. Stopping waits for
// the round in flight, and no round starts after it.

/** Runs `round` now and again `pauseMs` after each round ends, until stopped. */
export function inRounds(round: () => Promise<void>, pauseMs: number): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const next = () => {
    running = round().finally(() => {
      if (!stopped) timer = setTimeout(next, pauseMs);
    });
  };
  next();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
