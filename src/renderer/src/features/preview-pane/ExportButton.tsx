import { useState } from "react";
import { useApi } from "../../api/api-context";
import type { PostSession } from "../../session/post-session";
import { useSessionStatus } from "../../session/use-session-status";

/**
 * "Export HTML": saves the post, then writes it as a standalone page with its images inlined
 * (desktop: where the writer picks; browser mode: `export/` in the posts folder), and says where.
 */
export function ExportButton({ session }: { session: PostSession }) {
  const api = useApi();
  const readOnly = useSessionStatus(session, (status) => status.readOnly !== null, false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");

  const exportHtml = async () => {
    setBusy(true);
    setMessage("");
    try {
      // The export reads the post from disk: what is on screen must be there first.
      if (!(await session.save()) && !readOnly) {
        setMessage("Save the post before exporting it.");
        return;
      }
      const result = await api.exportPost(session.id, { images: "inline", fragment: false });
      if (result.path === null) return;
      const missing = result.missingImages.length;
      setMessage(`Exported to ${result.path}${missing > 0 ? ` (${missing} image${missing === 1 ? "" : "s"} not found)` : ""}`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : "The export failed.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <span className="export-status" aria-live="polite" title={message}>
        {message}
      </span>
      <button type="button" className="button" disabled={busy} onClick={() => void exportHtml()}>
        Export HTML
      </button>
    </>
  );
}
