import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { useStoreValue } from "../../store";
import type { PostSummary, Workspace } from "../../../../shared/model/post";
import type { PostSession } from "../../session/post-session";
import { openSettings } from "../settings/settings-dialog-state";
import { arrangePosts, type PostStatusFilter, tagsOf } from "./arrange-posts";
import { createPostListPreferences } from "./post-list-preferences";
import { PostListControls } from "./PostListControls";
import type { PostCommands } from "./post-commands";
import { PostActionsMenu, type PostMenuRequest } from "./PostActionsMenu";
import { PostDialog, type PostDialogRequest } from "./PostDialogs";
import { PostsList } from "./PostsList";
import { usePostStatistics } from "./use-post-statistics";

interface PostsSidebarProps {
  readonly workspace: Workspace | null;
  readonly posts: readonly PostSummary[] | null;
  readonly session: PostSession | null;
  readonly commands: PostCommands;
}

function folderName(folder: string): string {
  return folder.split(/[\\/]/).filter(Boolean).pop() ?? folder;
}

/** The left column: the folder, New post, the filter box and the posts list with each post's actions. */
export function PostsSidebar({ workspace, posts, session, commands }: PostsSidebarProps) {
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const [menu, setMenu] = useState<PostMenuRequest | null>(null);
  const [dialog, setDialog] = useState<PostDialogRequest | null>(null);
  const [preferences] = useState(createPostListPreferences);
  const sort = useStoreValue(preferences, (value) => value.sort);
  const [status, setStatus] = useState<PostStatusFilter>("all");
  const [tag, setTag] = useState<string | null>(null);
  const tags = useMemo(() => tagsOf(posts ?? []), [posts]);
  // A tag no post has any more (its last post was edited or deleted) filters nothing.
  const activeTag = tag !== null && tags.includes(tag) ? tag : null;
  const shown = useMemo(() => (posts ? arrangePosts(posts, { sort, status, tag: activeTag, query: deferredQuery }) : null), [posts, sort, status, activeTag, deferredQuery]);
  const statistics = usePostStatistics(shown);

  const closeMenu = useCallback(
    (restoreFocus: boolean) => {
      if (restoreFocus) menu?.anchor.focus();
      setMenu(null);
    },
    [menu],
  );

  return (
    <aside className="sidebar">
      <header className="sidebar-header">
        <div className="folder" title={workspace?.folder}>
          <span className="folder-name">{workspace ? folderName(workspace.folder) : "Loading…"}</span>
          <span className="folder-path">{workspace?.folder}</span>
        </div>
        <div className="sidebar-actions">
          <button type="button" className="button button-primary" onClick={() => setDialog({ kind: "create" })}>
            New post
          </button>
          {workspace?.canOpenFolder ? (
            <button type="button" className="button" onClick={() => void commands.openFolder()}>
              Open folder…
            </button>
          ) : null}
          <button type="button" className="button" onClick={openSettings}>
            Settings
          </button>
        </div>
        <input
          type="search"
          className="text-input filter-input"
          aria-label="Filter posts"
          placeholder="Filter posts"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <PostListControls sort={sort} status={status} tag={activeTag} tags={tags} onSort={(next) => preferences.set({ sort: next })} onStatus={setStatus} onTag={setTag} />
      </header>
      <PostsList
        posts={shown}
        total={posts?.length ?? 0}
        query={deferredQuery}
        statistics={statistics}
        session={session}
        menuPostId={menu?.post.id ?? null}
        onOpen={(post) => void commands.open(post.id)}
        onMenu={(post, anchor, at) => setMenu({ post, anchor, at })}
      />
      {menu ? (
        <PostActionsMenu
          request={menu}
          onClose={closeMenu}
          onRename={() => {
            setDialog({ kind: "rename", post: menu.post, returnFocus: menu.anchor });
            setMenu(null);
          }}
          onDelete={() => {
            setDialog({ kind: "delete", post: menu.post, returnFocus: menu.anchor });
            setMenu(null);
          }}
        />
      ) : null}
      {dialog ? (
        <PostDialog request={dialog} commands={commands} trash={workspace?.trash ?? "system"} onDone={() => setDialog(null)} />
      ) : null}
    </aside>
  );
}
