/**
 * Keeps the open post's spelling in step with its `lang` front matter and the writer's setting:
 * the editor's attributes (the browser spellchecks by them) and the desktop app's spellchecker
 * (told through the API). Runs when a painted snapshot or the settings change, not per keystroke.
 */
import type { EditorView } from "@codemirror/view";
import type { ClearpostApi } from "../../../shared/api/contract";
import { frontMatterLanguage } from "../../../shared/export/export-metadata";
import type { Settings } from "../../../shared/model/post";
import { spellingLanguage } from "../../../shared/model/spelling-language";
import { currentSpelling, setEditorSpelling } from "../editor/spelling";
import type { Store } from "../store";
import type { DocumentSnapshot } from "./session-status";

interface PostSpellingOptions {
  readonly api: ClearpostApi;
  readonly view: EditorView;
  readonly snapshot: Store<DocumentSnapshot>;
  readonly settings: Store<Settings>;
  readonly reportError: (error: unknown) => void;
}

/** Starts following; returns the function that stops it. */
export function followPostSpelling({ api, view, snapshot, settings, reportError }: PostSpellingOptions): () => void {
  let toldPostLanguage: string | null | undefined;
  const update = () => {
    const frontMatter = snapshot.get().post.frontMatter;
    const postLanguage = frontMatter ? frontMatterLanguage(frontMatter.data) : null;
    if (postLanguage !== toldPostLanguage) {
      toldPostLanguage = postLanguage;
      api.setPostLanguage(postLanguage).catch(reportError);
    }
    const lang = spellingLanguage(settings.get().spellcheckLanguage, postLanguage);
    if (currentSpelling(view).lang !== lang) view.dispatch({ effects: setEditorSpelling.of({ lang }) });
  };
  update();
  const stopSnapshot = snapshot.subscribe(update);
  const stopSettings = settings.subscribe(update);
  return () => {
    stopSnapshot();
    stopSettings();
  };
}
