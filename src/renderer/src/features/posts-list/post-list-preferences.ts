/** The posts list's sort order, remembered in localStorage (the filters start fresh, so no post seems lost on the next start). */
import { createRememberedStore, storedRecord } from "../../remembered-store";
import type { Store } from "../../store";
import type { PostSortOrder } from "./arrange-posts";

export interface PostListPreferences {
  readonly sort: PostSortOrder;
}

const ORDERS: readonly PostSortOrder[] = ["date", "title", "edited"];

export function createPostListPreferences(): Store<PostListPreferences> {
  return createRememberedStore("clearpost.postsList", (stored) => {
    const { sort } = storedRecord(stored);
    return { sort: ORDERS.find((order) => order === sort) ?? "date" };
  });
}
