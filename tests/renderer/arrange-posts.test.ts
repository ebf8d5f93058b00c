import { describe, expect, it } from "vitest";
import type { PostSummary } from "../../src/shared/model/post";
import { arrangePosts, type PostListView, tagsOf } from "../../src/renderer/src/features/posts-list/arrange-posts";

const post = (id: string, title: string, date: string | null, modifiedMs: number, extra: Partial<PostSummary> = {}): PostSummary => ({
  id,
  title,
  date,
  draft: false,
  tags: [],
  focusKeyphrase: null,
  modifiedMs,
  problem: null,
  ...extra,
});

const POSTS = [
  post("b.md", "Écoles 10", "2024-01-05", 3, { tags: ["Travel"] }),
  post("a.md", "ecoles 9", "2024-06-01", 1, { draft: true, tags: ["travel", "food"] }),
  post("c.md", "Zebras", null, 2),
];

const view = (patch: Partial<PostListView>): PostListView => ({ sort: "date", status: "all", tag: null, query: "", ...patch });
const ids = (posts: readonly PostSummary[]) => posts.map((p) => p.id);

describe("arrangePosts", () => {
  it("sorts by date newest first, by title ignoring case and accents with numbers in order, or by last edit", () => {
    expect(ids(arrangePosts(POSTS, view({ sort: "date" })))).toEqual(["a.md", "b.md", "c.md"]);
    expect(ids(arrangePosts(POSTS, view({ sort: "title" })))).toEqual(["a.md", "b.md", "c.md"]);
    expect(ids(arrangePosts(POSTS, view({ sort: "edited" })))).toEqual(["b.md", "c.md", "a.md"]);
  });

  it("shows drafts or published posts only, one tag whatever its case, and the filter box's words, together", () => {
    expect(ids(arrangePosts(POSTS, view({ status: "drafts" })))).toEqual(["a.md"]);
    expect(ids(arrangePosts(POSTS, view({ status: "published", sort: "title" })))).toEqual(["b.md", "c.md"]);
    expect(ids(arrangePosts(POSTS, view({ tag: "TRAVEL", sort: "title" })))).toEqual(["a.md", "b.md"]);
    expect(ids(arrangePosts(POSTS, view({ tag: "travel", status: "published", query: "ecoles" })))).toEqual(["b.md"]);
  });

  it("lists each tag once, in alphabetical order", () => {
    expect(tagsOf(POSTS)).toEqual(["food", "Travel"]);
  });
});
