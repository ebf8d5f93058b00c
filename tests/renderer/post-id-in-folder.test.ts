import { describe, expect, it } from "vitest";
import { postIdInFolder } from "../../src/renderer/src/app/post-id-in-folder";

describe("a Markdown file dropped on the window", () => {
  it("opens as the post it is when it lives in the posts folder", () => {
    expect(postIdInFolder("/home/ana/Posts", "/home/ana/Posts/2024/trip.md")).toBe("2024/trip.md");
    expect(postIdInFolder("C:\\Users\\ana\\Posts", "C:\\Users\\ana\\Posts\\2024\\trip.md")).toBe("2024/trip.md");
  });

  it("is not a post of the folder when it lives elsewhere or only shares the folder's name as a prefix", () => {
    expect(postIdInFolder("/home/ana/Posts", "/home/ana/Downloads/trip.md")).toBeNull();
    expect(postIdInFolder("/home/ana/Posts", "/home/ana/Posts-old/trip.md")).toBeNull();
    expect(postIdInFolder("/home/ana/Posts", "/home/ana/Posts/../secret.md")).toBeNull();
  });
});
