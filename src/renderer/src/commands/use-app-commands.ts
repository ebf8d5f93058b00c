/**
 * The commands of the shell and the open post: panels, writing modes, saving, the Format menu
 * and the readability marks. Features with their own state (export, history) add theirs where
 * they live, with `useCommands`.
 */
import { useMemo } from "react";
import type { Pane } from "../app/use-pane-visibility";
import { goToMark } from "../editor/analysis-tooltips";
import { FORMATTING_COMMAND_IDS, formattingCommand } from "../editor/formatting-commands";
import type { WritingModes } from "../editor/writing-modes";
import { type KeywordsPreferences, toggleKeywordsPanel } from "../features/keywords-panel/keywords-preferences";
import { type OutlinePreferences, toggleOutlinePanel } from "../features/outline-panel/outline-preferences";
import { type ReadabilityPreferences, toggleReadabilityPanel } from "../features/readability-panel/readability-preferences";
import { toggleWritingMode } from "../features/writing-modes/writing-modes-preferences";
import type { PostSession } from "../session/post-session";
import type { Store } from "../store";
import type { AppCommand } from "./command-registry";
import { useCommands } from "./command-context";

/** What the shell's commands act on. */
export interface AppCommandTargets {
  readonly session: PostSession | null;
  readonly panes: { readonly showEditor: boolean; readonly showPreview: boolean; readonly toggle: (pane: Pane) => void };
  readonly readability: Store<ReadabilityPreferences>;
  readonly keywords: Store<KeywordsPreferences>;
  readonly outline: Store<OutlinePreferences>;
  readonly writingModes: Store<WritingModes>;
  /** Null where the folder is chosen when the server starts (browser mode). */
  readonly openFolder: (() => void) | null;
}

const showOrHide = (shown: boolean, what: string) => `${shown ? "Hide" : "Show"} ${what}`;
const turnOnOrOff = (on: boolean, what: string) => `Turn ${on ? "Off" : "On"} ${what}`;

/** Runs `command` on the open post's editor and puts the writer back in it. */
function inEditor(session: PostSession, command: (view: PostSession["view"]) => boolean): () => void {
  return () => {
    command(session.view);
    session.view.focus();
  };
}

/** The open post's commands; those that work in the editor only while it shows (a hidden editor would change out of sight). */
function postCommands(session: PostSession, showEditor: boolean): AppCommand[] {
  const writable = () => !session.view.state.readOnly;
  const editable = () => showEditor && writable();
  return [
    { id: "save", run: () => void session.save(), isAvailable: writable },
    ...FORMATTING_COMMAND_IDS.map((id): AppCommand => ({ id, run: inEditor(session, formattingCommand(id)), isAvailable: editable })),
    { id: "next-readability-mark", run: inEditor(session, goToMark(1)), isAvailable: () => showEditor },
    { id: "previous-readability-mark", run: inEditor(session, goToMark(-1)), isAvailable: () => showEditor },
  ];
}

/** Registers the shell's commands for as long as the app runs; they follow the open post and the panels' state. */
export function useAppCommands({ session, panes, readability, keywords, outline, writingModes, openFolder }: AppCommandTargets): void {
  const { showEditor, showPreview, toggle } = panes;
  useCommands(
    useMemo(() => {
      const shell: AppCommand[] = [
        ...(openFolder ? [{ id: "open-folder", run: openFolder } satisfies AppCommand] : []),
        { id: "focus-mode", run: () => toggleWritingMode(writingModes, "focus"), label: () => turnOnOrOff(writingModes.get().focus, "Focus Mode") },
        { id: "typewriter-mode", run: () => toggleWritingMode(writingModes, "typewriter"), label: () => turnOnOrOff(writingModes.get().typewriter, "Typewriter Mode") },
      ];
      if (!session) return shell;
      return [
        ...shell,
        { id: "toggle-editor", run: () => toggle("editor"), label: () => showOrHide(showEditor, "Editor") },
        { id: "toggle-preview", run: () => toggle("preview"), label: () => showOrHide(showPreview, "Preview") },
        { id: "toggle-readability", run: () => toggleReadabilityPanel(readability), label: () => showOrHide(readability.get().show, "Readability") },
        { id: "toggle-keywords", run: () => toggleKeywordsPanel(keywords), label: () => showOrHide(keywords.get().show, "Keywords") },
        { id: "toggle-outline", run: () => toggleOutlinePanel(outline), label: () => showOrHide(outline.get().show, "Outline") },
        ...postCommands(session, showEditor),
      ];
    }, [session, showEditor, showPreview, toggle, readability, keywords, outline, writingModes, openFolder]),
  );
}
