import { useEffect, useRef } from "react";
import { PostPreview } from "../../preview/post-preview";
import { handlePreviewLinks } from "../../preview/preview-links";
import { syncScroll } from "../../preview/scroll-sync";
import type { PostSession } from "../../session/post-session";

/**
 * The live preview of the open post. React renders only the frame; the content is patched by
 * PostPreview after each painted editor frame, block by block, and scrolls with the editor.
 */
export function PreviewPane({ session }: { session: PostSession }) {
  const scroller = useRef<HTMLElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!scroller.current || !header.current || !body.current) return;
    const preview = new PostPreview(header.current, body.current);
    const scroll = syncScroll(session.view, scroller.current, () => preview.positions());
    const stopLinks = handlePreviewLinks(scroller.current);
    const show = () => {
      preview.show(session.snapshot.get().post);
      scroll.previewChanged();
    };
    show();
    const stopShowing = session.snapshot.subscribe(show);
    return () => {
      stopShowing();
      stopLinks();
      scroll.dispose();
      preview.clear();
    };
  }, [session]);

  return (
    // Focusable so keyboard users can scroll it.
    <section ref={scroller} className="preview-pane" aria-label="Preview" tabIndex={0}>
      <article className="preview-document">
        <div ref={header} />
        <div ref={body} className="preview-body" />
      </article>
    </section>
  );
}
