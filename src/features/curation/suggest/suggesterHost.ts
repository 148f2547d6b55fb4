// Lends the suggestion engine to the readers open on the page: started when a reader first asks it something, stopped
// (its worker terminated, its model's memory given back) once no reader holds it any more.
import { SuggesterFailure, type StoppableSuggester, type Suggester } from './suggester';

/** One reader's hold on the engine, until it lets go. */
export interface SuggesterLease {
  readonly suggester: Suggester;
  release(): void;
}

export interface SuggesterHost {
  acquire(): SuggesterLease;
}

interface Timers {
  /** Runs `task` after the current one (a macrotask): readers swapped in one render hand the engine over. */
  later(task: () => void): unknown;
  cancel(handle: unknown): void;
}

const TIMERS: Timers = {
  later: (task) => setTimeout(task, 0),
  cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The engine starts on the first question, not on the first hold, so React's development double effects start one
 * worker, not two. It stops once the last hold is released and no new one came in the same task: a reader replaced by
 * another (another document chosen, or an effect run again) keeps the loaded engine, a reader closed frees it.
 */
export function createSuggesterHost(start: () => StoppableSuggester, timers: Timers = TIMERS): SuggesterHost {
  let running: StoppableSuggester | null = null;
  let holds = 0;
  let stopping: unknown = null;
  const stopIfUnheld = () => {
    stopping = null;
    if (holds > 0 || running === null) return;
    running.stop();
    running = null;
  };
  return {
    acquire() {
      holds++;
      if (stopping !== null) timers.cancel(stopping);
      stopping = null;
      let held = true;
      return {
        suggester: {
          suggest(input) {
            // A reader that let go has no say in whether the engine runs.
            if (!held) return Promise.reject(new SuggesterFailure('unavailable', 'released'));
            running ??= start();
            return running.suggest(input);
          },
        },
        release() {
          if (!held) return;
          held = false;
          holds--;
          if (holds === 0 && stopping === null) stopping = timers.later(stopIfUnheld);
        },
      };
    },
  };
}
