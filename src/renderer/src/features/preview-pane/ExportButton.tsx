import { useCallback, useMemo, useRef, useState } from "react";
import { useApi } from "../../api/api-context";
import { PopupMenu } from "../../app/PopupMenu";
import { useCommands } from "../../commands/command-context";
import type { PostSession } from "../../session/post-session";
import type { PublishProblem } from "../../../../shared/api/contract";
import { checkOpenPost, copyOpenPostAsHtml, exportEveryPost, exportOpenPost, NOT_SAVED } from "./export-commands";
import { PrePublishDialog } from "./PrePublishDialog";

/**
 * "Export HTML" writes the post as a standalone page with its images as Settings say (desktop: where the
 * writer picks; browser mode: `export/` in the posts folder); the arrow beside it opens the other
 * ways to publish: Copy as HTML, Export fragment, Export all posts. The desktop menu and the
 * command palette run the same Export HTML and Copy as HTML. Before a page is exported, the pre-publish check lists what
 * the post still lacks, and the writer fixes it or exports anyway. A line beside the buttons says
 * what happened.
 */
export function ExportButton({ session }: { session: PostSession }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  // `run` checks this rather than `busy`: a second click can come before React renders the first.
  const running = useRef(false);
  const [message, setMessage] = useState("");
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const [problems, setProblems] = useState<readonly PublishProblem[] | null>(null);

  const run = useCallback(async (command: () => Promise<string>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setMessage("");
    try {
      setMessage(await command());
    } catch (error) {
      setMessage(error instanceof Error ? error.message : "The export failed.");
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  /** Export HTML: the pre-publish check first; with problems, the dialog decides. */
  const exportPage = useCallback(
    () =>
      run(async () => {
        const found = await checkOpenPost(api, session);
        if (found === null) return NOT_SAVED;
        if (found.length > 0) {
          setProblems(found);
          return "";
        }
        return exportOpenPost(api, session, false);
      }),
    [api, session, run],
  );

  useCommands(
    useMemo(
      () => [
        { id: "export-html", run: () => void exportPage() },
        { id: "copy-as-html", run: () => void run(() => copyOpenPostAsHtml(api, session)) },
      ],
      [api, session, run, exportPage],
    ),
  );

  const closeMenu = useCallback(
    (restoreFocus: boolean) => {
      if (restoreFocus) menuAnchor?.focus();
      setMenuAnchor(null);
    },
    [menuAnchor],
  );
  /** Runs a menu item's command from the click itself: copying needs a recent click. */
  const choose = (command: () => Promise<string>) => {
    closeMenu(true);
    void run(command);
  };

  return (
    <>
      <span className="export-status" aria-live="polite" title={message}>
        {message}
      </span>
      <span className="split-button">
        {/* aria-disabled rather than disabled: a disabled button drops the keyboard focus the menu just gave back. */}
        <button type="button" className="button" aria-disabled={busy} onClick={() => void exportPage()}>
          Export HTML
        </button>
        <button
          type="button"
          className="button split-button-more"
          aria-label="More export options"
          aria-haspopup="menu"
          aria-expanded={menuAnchor !== null}
          title="More export options"
          aria-disabled={busy}
          onClick={(event) => {
            if (menuAnchor) closeMenu(false);
            else if (!running.current) setMenuAnchor(event.currentTarget);
          }}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </span>
      {menuAnchor ? (
        <PopupMenu label="Export" anchor={menuAnchor} at={null} onClose={closeMenu}>
          <button type="button" role="menuitem" tabIndex={-1} className="menu-item" onClick={() => choose(() => copyOpenPostAsHtml(api, session))}>
            Copy as HTML
          </button>
          <button type="button" role="menuitem" tabIndex={-1} className="menu-item" onClick={() => choose(() => exportOpenPost(api, session, true))}>
            Export fragment
          </button>
          <button type="button" role="menuitem" tabIndex={-1} className="menu-item" onClick={() => choose(() => exportEveryPost(api, session))}>
            Export all posts
          </button>
        </PopupMenu>
      ) : null}
      {problems ? (
        <PrePublishDialog
          problems={problems}
          onCancel={() => setProblems(null)}
          onExport={() => {
            setProblems(null);
            void run(() => exportOpenPost(api, session, false));
          }}
        />
      ) : null}
    </>
  );
}
