/**
 * Runs synchronous work with a time limit that can stop it midway, even inside one regular
 * expression's backtracking: V8 interrupts a script run by `node:vm` when its timeout passes,
 * which a check between matches could never do for a pattern like `(a+)+$`.
 */
import vm from "node:vm";

const RUN = new vm.Script("run()");

/** Runs `work`; true when it finished, false when `timeoutMs` ran out first (what it did until then stays done). */
export function runTimeBoxed(work: () => void, timeoutMs: number): boolean {
  try {
    RUN.runInContext(vm.createContext({ run: work }), { timeout: Math.max(1, Math.floor(timeoutMs)) });
    return true;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return false;
    throw error;
  }
}
