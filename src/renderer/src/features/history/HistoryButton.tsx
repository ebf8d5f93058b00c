import { useState } from "react";
import type { PostSession } from "../../session/post-session";
import { useSessionStatus } from "../../session/use-session-status";
import { HistoryDialog } from "./HistoryDialog";

/** "History" in the post toolbar: opens the post's earlier versions. */
export function HistoryButton({ session }: { session: PostSession }) {
  const readOnly = useSessionStatus(session, (status) => status.readOnly !== null, false);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" disabled={readOnly} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        History
      </button>
      {open ? <HistoryDialog session={session} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
