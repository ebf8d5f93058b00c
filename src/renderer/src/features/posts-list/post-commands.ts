/** What the posts list asks of the app; the app decides how (saving the open post first, following renames). */
import type { PostId, PostSummary } from "../../../../shared/model/post";

/** Each returns a promise; a rejection's message is shown in the dialog that asked. */
export interface PostCommands {
  /** Resolves once the post is open (what it resolves to is the app's business). */
  open(id: PostId): Promise<unknown>;
  create(title: string): Promise<void>;
  rename(post: PostSummary, fileName: string): Promise<void>;
  remove(post: PostSummary): Promise<void>;
  openFolder(): Promise<void>;
}
