/**
 * The calls every start of the app makes, sent the moment the API exists: they travel while the
 * rest of the renderer loads, not after React's first paint. The shell's first render waits for
 * the workspace, the posts and the settings (StartupAnswers), so the list is in the first frame
 * and the writer's first click comes sooner. The app's own first call of each method takes the
 * answer already on its way; later calls go out as usual.
 */
import type { ClearpostApi } from "../../../shared/api/contract";
import type { PostSummary, Settings, Workspace } from "../../../shared/model/post";

/** What the shell, the posts list, the settings and the restore offers ask for at start. */
type StartupCall = "getWorkspace" | "getSettings" | "settingsFileProblem" | "listPosts" | "listBackups";

/** What the first render shows; null where a call failed (the app's own call reports it). */
export interface StartupAnswers {
  readonly workspace: Workspace | null;
  readonly posts: readonly PostSummary[] | null;
  readonly settings: Settings | null;
}

/** The API to hand to the app, and the answers its first render shows. */
export interface StartupCalls {
  readonly api: ClearpostApi;
  readonly answers: Promise<StartupAnswers>;
}

const orNull = <T>(answer: Promise<T>): Promise<T | null> => answer.catch(() => null);

/** Sends the startup calls on `api`; each early answer is handed to the first caller only. */
export function sendStartupCalls(api: ClearpostApi): StartupCalls {
  const workspace = api.getWorkspace();
  const posts = api.listPosts();
  const settings = api.getSettings();
  const early = new Map<StartupCall, Promise<unknown>>([
    ["getWorkspace", workspace],
    ["listPosts", posts],
    ["getSettings", settings],
    ["settingsFileProblem", api.settingsFileProblem()],
    ["listBackups", api.listBackups()],
  ]);
  // A start that never asks (no restore offers, say) must not leave an unhandled rejection behind.
  for (const answer of early.values()) answer.catch(() => undefined);
  /** The early answer to `method` the first time it is asked for, else a fresh call. */
  const take = <M extends StartupCall>(method: M): ReturnType<ClearpostApi[M]> => {
    const answer = early.get(method);
    early.delete(method);
    return (answer ?? api[method]()) as ReturnType<ClearpostApi[M]>;
  };
  const calls: Pick<ClearpostApi, StartupCall> = {
    getWorkspace: () => take("getWorkspace"),
    getSettings: () => take("getSettings"),
    settingsFileProblem: () => take("settingsFileProblem"),
    listPosts: () => take("listPosts"),
    listBackups: () => take("listBackups"),
  };
  const answers = Promise.all([orNull(workspace), orNull(posts), orNull(settings)]).then(([w, p, s]) => ({ workspace: w, posts: p, settings: s }));
  return { api: { ...api, ...calls }, answers };
}
