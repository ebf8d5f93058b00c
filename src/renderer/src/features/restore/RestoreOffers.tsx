import { useEffect, useRef, useState } from "react";
import type { PostId } from "../../../../shared/model/post";
import type { UnsavedPost } from "../../../../shared/model/unsaved";
import { useApi } from "../../api/api-context";
import type { PostSession } from "../../session/post-session";
import { RestoreUnsavedDialog } from "./RestoreUnsavedDialog";

interface RestoreOffersProps {
  /** The posts folder; its backups are offered once it is known. */
  readonly folder: string | null;
  readonly session: PostSession | null;
  readonly open: (id: PostId) => Promise<PostSession | null>;
  readonly reportError: (error: unknown) => void;
}

/**
 * Hot exit's other half: at start (and when a post with a backup is opened) offers back the text
 * that never reached the disk. Nothing is written until the writer chooses Restore. Keyed by the
 * folder in the shell, so another folder starts with no offers.
 */
export function RestoreOffers({ folder, session, open, reportError }: RestoreOffersProps) {
  const api = useApi();
  const [offers, setOffers] = useState<readonly UnsavedPost[]>([]);
  /** Posts restored or discarded in this run: their backups are the session's own from now on. */
  const settled = useRef(new Set<PostId>());

  const offer = (found: readonly UnsavedPost[]) => {
    const fresh = found.filter((candidate) => !settled.current.has(candidate.id));
    setOffers((current) => [...current, ...fresh.filter((candidate) => !current.some((shown) => shown.id === candidate.id))]);
  };

  useEffect(() => {
    if (folder === null) return;
    api.listBackups().then(offer, reportError);
  }, [api, folder, reportError]);

  useEffect(() => {
    if (session === null) return;
    const id = session.id;
    api.listBackups().then((found) => offer(found.filter((candidate) => candidate.id === id)), reportError);
  }, [api, session, reportError]);

  const next = (done: UnsavedPost, settle: boolean) => {
    if (settle) settled.current.add(done.id);
    setOffers((current) => current.filter((shown) => shown.id !== done.id));
  };

  const restore = async (chosen: UnsavedPost) => {
    next(chosen, true);
    try {
      // A post whose file is gone is written again, as the writer just chose; otherwise the text goes through the editor, so undo works.
      if (chosen.diskText === null) await api.savePost({ id: chosen.id, text: chosen.text, baseVersion: null, allowEmpty: true });
      const restored = await open(chosen.id);
      if (chosen.diskText !== null) restored?.applyText(chosen.text);
    } catch (error) {
      reportError(error);
    }
  };

  const discard = (chosen: UnsavedPost) => {
    next(chosen, true);
    api.discardBackup(chosen.id).catch(reportError);
  };

  return <RestoreUnsavedDialog offers={offers} onRestore={(chosen) => void restore(chosen)} onDiscard={discard} onLater={(chosen) => next(chosen, false)} />;
}
