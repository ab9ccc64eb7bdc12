// A run that holds something to undo or to finish (a spill folder, a report being written back)
// handles the signals that end it from outside (Ctrl-C, a kill). Node runs such a handler from the
// event loop, between files, never inside a synchronous write: the write and its rename complete,
// the handler cleans up, and the signal then ends the process as it would have.
import { setImmediate as turn } from 'node:timers/promises';

const ENDING_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Until the returned function is called, an ending signal runs `cleanup` and then ends the process by that signal. */
export function onEndingSignal(cleanup: () => void): () => void {
  const release = () => {
    for (const signal of ENDING_SIGNALS) process.off(signal, ended);
  };
  function ended(signal: NodeJS.Signals) {
    release();
    cleanup();
    process.kill(process.pid, signal);
  }
  for (const signal of ENDING_SIGNALS) process.on(signal, ended);
  return release;
}

/**
 * Runs `work` (a write and a rename, synchronous) with the ending signals held off: one that comes
 * meanwhile ends the process once `work` is done. Two turns of the event loop deliver it, whichever
 * phase `work` ran in; after them a signal ends the process at once again.
 */
export async function holdingEndingSignals(work: () => void): Promise<void> {
  const release = onEndingSignal(() => undefined);
  try {
    work();
  } finally {
    await turn();
    await turn();
    release();
  }
}
