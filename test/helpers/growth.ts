// The one way tests check that work grows linearly (ReDoS and backtracking guards), built so that a busy
// 2-core machine cannot trip it while quadratic code still fails:
// - Input grows x16 (INPUT_GROWTH): linear work costs about 16x, quadratic about 256x. The limit, 64x
//   (MAX_RATIO), leaves 4x headroom over linear and sits 4x under quadratic.
// - Only the work is timed, with process.cpuUsage() (CPU time of this process, so other processes on the
//   machine do not count); inputs are built before timing and each is run once untimed to warm up the JIT.
// - A first look takes one run of each size; a ratio above half the limit is measured again as the minimum
//   of several runs, small and large interleaved, so that a GC pause or a burst of load that hits one
//   measurement does not decide the result. The minimum is the run least disturbed by noise.
// - A small time under floorMs is raised to floorMs: below that the timer, not the code, speaks.

export const INPUT_GROWTH = 16;
export const MAX_RATIO = 64;
const REPS = 5;

/** CPU milliseconds (user + system) of one call. */
function cpuOnce(run: () => unknown): number {
  const t0 = process.cpuUsage();
  run();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

export interface Growth {
  ratio: number;
  smallMs: number;
  largeMs: number;
}

/** How much more CPU `large` takes than `small` (see the method above). */
export function measureGrowth(small: () => unknown, large: () => unknown, floorMs: number): Growth {
  small();
  large();
  let smallMs = cpuOnce(small);
  let largeMs = cpuOnce(large);
  const ratio = (): number => largeMs / Math.max(smallMs, floorMs);
  if (ratio() >= MAX_RATIO / 2) {
    for (let i = 0; i < REPS; i++) {
      smallMs = Math.min(smallMs, cpuOnce(small));
      largeMs = Math.min(largeMs, cpuOnce(large));
    }
  }
  return { ratio: ratio(), smallMs, largeMs };
}
