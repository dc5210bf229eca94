// Lock-out counters kept in memory: for tests, the terminal demo, and a link
// run whose context brought no persistent guard.
import type { SecondFactorGuard } from "../types.ts";

export interface MemorySecondFactorGuard extends SecondFactorGuard {
  readonly counts: { openChallenges: number; wrongTanStreak: number };
}

export function createMemorySecondFactorGuard(initial: { openChallenges?: number; wrongTanStreak?: number } = {}): MemorySecondFactorGuard {
  const counts = { openChallenges: initial.openChallenges ?? 0, wrongTanStreak: initial.wrongTanStreak ?? 0 };
  return {
    counts,
    state: async () => ({ ...counts }),
    challengeRequested: async () => {
      counts.openChallenges++;
    },
    wrongTan: async () => {
      counts.wrongTanStreak++;
    },
    succeeded: async () => {
      counts.openChallenges = 0;
      counts.wrongTanStreak = 0;
    },
  };
}
