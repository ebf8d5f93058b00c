/** The calls every start makes go out at once; the app's first call of each takes that answer instead of asking again. */
import { describe, expect, it } from "vitest";
import type { ClearpostApi } from "../../src/shared/api/contract";
import { ApiError } from "../../src/shared/api/errors";
import type { Workspace } from "../../src/shared/model/post";
import { sendStartupCalls } from "../../src/renderer/src/api/startup-calls";

const WORKSPACE: Workspace = { folder: "/posts", canOpenFolder: false, trash: "folder" };

/** An API that counts the calls it receives; `failing` names calls that reject. */
function countingApi(failing: readonly string[] = []) {
  const calls: string[] = [];
  const answer = (method: string, value: unknown) => async () => {
    calls.push(method);
    if (failing.includes(method)) throw new ApiError("io", `${method} failed`);
    return value;
  };
  const api = {
    getWorkspace: answer("getWorkspace", WORKSPACE),
    listPosts: answer("listPosts", []),
    getSettings: answer("getSettings", { autosaveDelayMs: 800 }),
    settingsFileProblem: answer("settingsFileProblem", null),
    listBackups: answer("listBackups", []),
    readPost: answer("readPost", null),
  } as unknown as ClearpostApi;
  return { api, calls };
}

describe("sendStartupCalls", () => {
  it("asks for the workspace, posts, settings, settings problem and backups before the app does", () => {
    const { api, calls } = countingApi();
    sendStartupCalls(api);
    expect(calls.sort()).toEqual(["getSettings", "getWorkspace", "listBackups", "listPosts", "settingsFileProblem"]);
  });

  it("hands each early answer to the first caller, and sends later calls anew", async () => {
    const { api, calls } = countingApi();
    const startup = sendStartupCalls(api);
    await expect(startup.api.getWorkspace()).resolves.toEqual(WORKSPACE);
    expect(calls.filter((call) => call === "getWorkspace")).toHaveLength(1);
    await startup.api.getWorkspace();
    expect(calls.filter((call) => call === "getWorkspace")).toHaveLength(2);
  });

  it("leaves other calls to the API itself", async () => {
    const { api, calls } = countingApi();
    await sendStartupCalls(api).api.readPost("a.md");
    expect(calls).toContain("readPost");
  });

  it("gives the first render what arrived, and null where a call failed, while the app's own call still sees the failure", async () => {
    const { api } = countingApi(["listPosts"]);
    const startup = sendStartupCalls(api);
    await expect(startup.answers).resolves.toEqual({ workspace: WORKSPACE, posts: null, settings: { autosaveDelayMs: 800 } });
    await expect(startup.api.listPosts()).rejects.toThrow("listPosts failed");
  });
});
