import { useMemo, useState } from "react";
import { useCommands } from "../../commands/command-context";
import type { PostSession } from "../../session/post-session";
import { useSessionStatus } from "../../session/use-session-status";
import { HistoryDialog } from "./HistoryDialog";

/** "History" in the post toolbar (and the History… command): opens the post's earlier versions. */
export function HistoryButton({ session }: { session: PostSession }) {
  const readOnly = useSessionStatus(session, (status) => status.readOnly !== null, false);
  const [open, setOpen] = useState(false);
  useCommands(useMemo(() => (readOnly ? [] : [{ id: "history", run: () => setOpen(true) }]), [readOnly]));
  return (
    <>
      <button type="button" className="button" disabled={readOnly} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        History
      </button>
      {open ? <HistoryDialog session={session} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
