import { useCallback, useMemo, useState } from "react";
import type { PostSummary, Settings } from "../../../shared/model/post";
import { useApi } from "../api/api-context";
import type { StartupAnswers } from "../api/startup-calls";
import { useCommandRegistry } from "../commands/command-context";
import { CommandPaletteLauncher } from "../commands/CommandPaletteLauncher";
import { useAppCommands } from "../commands/use-app-commands";
import { useCommandShortcuts } from "../commands/use-command-shortcuts";
import { useMenuCommands } from "../commands/use-menu-commands";
import { EditorPane } from "../features/editor-pane/EditorPane";
import { PostNotices } from "../features/editor-pane/PostNotices";
import { useFindInPosts } from "../features/find-in-posts/use-find-in-posts";
import type { PostCommands } from "../features/posts-list/post-commands";
import { createKeywordsPreferences, toggleKeywordsPanel } from "../features/keywords-panel/keywords-preferences";
import { KeywordsPanel } from "../features/keywords-panel/KeywordsPanel";
import { createOutlinePreferences, toggleOutlinePanel } from "../features/outline-panel/outline-preferences";
import { OutlinePanel } from "../features/outline-panel/OutlinePanel";
import { PostsSidebar } from "../features/posts-list/PostsSidebar";
import { usePosts } from "../features/posts-list/use-posts";
import { PreviewPane } from "../features/preview-pane/PreviewPane";
import { createReadabilityPreferences, toggleReadabilityPanel } from "../features/readability-panel/readability-preferences";
import { ReadabilityPanel } from "../features/readability-panel/ReadabilityPanel";
import { RestoreOffers } from "../features/restore/RestoreOffers";
import { changeSettings } from "../features/settings/change-settings";
import { SettingsHost } from "../features/settings/SettingsHost";
import { StatusBar } from "../features/status-bar/StatusBar";
import { useWritingModes } from "../features/writing-modes/use-writing-modes";
import { createWritingModesPreferences } from "../features/writing-modes/writing-modes-preferences";
import { createStore, useStoreValue } from "../store";
import { ErrorAlerts } from "./ErrorAlerts";
import { ErrorLog } from "./errors";
import { PostToolbar } from "./PostToolbar";
import { SplitView } from "./SplitView";
import { useEditorPainted } from "./use-editor-painted";
import { usePaneVisibility } from "./use-pane-visibility";
import { useFileDropGuard } from "./use-file-drop-guard";
import { usePostSession } from "./use-post-session";
import { useWindowTitle } from "./use-window-title";
import { DEFAULT_SETTINGS, useWorkspace } from "./use-workspace";

/** The posts list before it has loaded; one constant, so the Keywords panel does not see a change. */
const NO_POSTS: readonly PostSummary[] = [];

/**
 * The shell: posts on the left; on the right the open post's toolbar, notices, editor and
 * preview, and the status bar. State that changes per keystroke lives in the PostSession and
 * its stores, so this component renders on opening, saving state changes and list updates only.
 */
export function App({ startup }: { startup: StartupAnswers }) {
  const api = useApi();
  const [errorLog] = useState(() => new ErrorLog());
  const [settings] = useState(() => createStore<Settings>(startup.settings ?? DEFAULT_SETTINGS));
  const reportError = errorLog.report;
  const { session, show, open, close, flush } = usePostSession({ settings, reportError });
  // The editor's first frame comes first; the preview, the panels and the counts fill in after it.
  const painted = useEditorPainted(session);
  const { workspace, changeWorkspace } = useWorkspace({ initial: startup.workspace, settings, reportError, onFolderChange: close });
  const { posts, refresh } = usePosts(workspace?.folder ?? null, startup.posts, reportError);
  const panes = usePaneVisibility();
  const [readability] = useState(createReadabilityPreferences);
  const showReadability = useStoreValue(readability, (preferences) => preferences.show);
  const readabilityTarget = useStoreValue(settings, (value) => value.readabilityTarget);
  const changeTarget = useCallback(
    (target: number) => changeSettings(api, settings, { readabilityTarget: target }, reportError),
    [api, settings, reportError],
  );
  const [keywords] = useState(createKeywordsPreferences);
  const showKeywords = useStoreValue(keywords, (preferences) => preferences.show);
  const [outline] = useState(createOutlinePreferences);
  const showOutline = useStoreValue(outline, (preferences) => preferences.show);
  const { showEditor, toggle: togglePane } = panes;
  const revealEditor = useCallback(() => {
    if (!showEditor) togglePane("editor");
  }, [showEditor, togglePane]);
  const { dialog: findDialog } = useFindInPosts({ openPost: open, revealEditor, reportError });
  useWindowTitle(session);
  const [writingModes] = useState(createWritingModesPreferences);
  useWritingModes(session, writingModes);
  useFileDropGuard();

  const commands = useMemo<PostCommands>(
    () => ({
      open,
      async create(title) {
        if (!(await flush())) return;
        const created = await api.createPost(title);
        show(created, { focus: true });
        if (created.templateProblem !== null) reportError(new Error(created.templateProblem));
        refresh();
      },
      async rename(post: PostSummary, fileName: string) {
        const rename = async () => {
          const renamed = await api.renamePost(post.id, fileName);
          if (session?.id === post.id) session.renamed(renamed);
        };
        await (session?.id === post.id ? session.hold(rename) : rename());
        refresh();
      },
      async remove(post: PostSummary) {
        if (session?.id === post.id) {
          await session.hold(() => api.deletePost(post.id));
          close();
        } else {
          await api.deletePost(post.id);
        }
        refresh();
      },
      async openFolder() {
        if (!(await flush())) return;
        try {
          const opened = await api.openFolder();
          if (opened) changeWorkspace(opened);
        } catch (error) {
          reportError(error);
        }
      },
    }),
    [api, session, open, show, close, flush, refresh, changeWorkspace, reportError],
  );

  const registry = useCommandRegistry();
  const canOpenFolder = workspace?.canOpenFolder ?? false;
  const openFolder = useMemo(() => (canOpenFolder ? () => void commands.openFolder() : null), [canOpenFolder, commands]);
  useAppCommands({ session, panes, readability, keywords, outline, writingModes, openFolder });
  useCommandShortcuts(registry);
  useMenuCommands(registry, reportError);

  return (
    <div className="app-shell">
      <PostsSidebar workspace={workspace} posts={posts} session={session} commands={commands} />
      <main className="workspace">
        <ErrorAlerts log={errorLog} />
        {session ? (
          <>
            <PostToolbar
              session={session}
              showEditor={panes.showEditor}
              showPreview={panes.showPreview}
              onToggle={panes.toggle}
              showReadability={showReadability}
              onToggleReadability={() => toggleReadabilityPanel(readability)}
              showKeywords={showKeywords}
              onToggleKeywords={() => toggleKeywordsPanel(keywords)}
              showOutline={showOutline}
              onToggleOutline={() => toggleOutlinePanel(outline)}
            />
            <PostNotices session={session} onClose={close} />
            <div className="workspace-body">
              <SplitView
                showEditor={panes.showEditor}
                showPreview={panes.showPreview}
                editor={<EditorPane session={session} />}
                preview={painted ? <PreviewPane session={session} /> : null}
              />
              {/* The right-hand column of panels about the open post; with both shown, they share its height. */}
              {showReadability || showKeywords || showOutline ? (
                <div className="side-panels">
                  {painted && showOutline ? <OutlinePanel session={session} revealEditor={revealEditor} /> : null}
                  {painted && showReadability ? (
                    <ReadabilityPanel session={session} preferences={readability} revealEditor={revealEditor} target={readabilityTarget} onChangeTarget={changeTarget} />
                  ) : null}
                  {painted && showKeywords ? <KeywordsPanel session={session} posts={posts ?? NO_POSTS} revealEditor={revealEditor} reportError={reportError} /> : null}
                </div>
              ) : null}
            </div>
          </>
        ) : (
          <div className="empty-state">
            <p className="empty-title">No post open</p>
            <p>Choose a post on the left, or start a new one.</p>
          </div>
        )}
        <StatusBar session={session} counted={painted} />
      </main>
      {findDialog}
      <SettingsHost settings={settings} reportError={reportError} />
      <CommandPaletteLauncher />
      <RestoreOffers key={workspace?.folder} folder={workspace?.folder ?? null} session={session} open={open} reportError={reportError} />
    </div>
  );
}
