import { useEffect, useRef, useState } from "react";
import { afterPaint } from "../../editor/after-paint";
import { localImagePath } from "../../../../shared/markdown/local-images";
import { placeCursorOnClick } from "../../preview/click-to-source";
import { PostPreview } from "../../preview/post-preview";
import { handlePreviewLinks } from "../../preview/preview-links";
import { syncScroll } from "../../preview/scroll-sync";
import type { PostSession } from "../../session/post-session";
import { useAssetUrl } from "./asset-urls";
import { type PreviewWidth, savePreviewWidth, savedPreviewWidth } from "./preview-width";
import { PreviewWidthSwitch } from "./PreviewWidthSwitch";

/**
 * The live preview of the open post. React renders only the frame; the content is patched by
 * PostPreview after each painted editor frame, block by block, and scrolls with the editor; a
 * click on a block puts the editor's cursor at its source.
 */
export function PreviewPane({ session }: { session: PostSession }) {
  const scroller = useRef<HTMLElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const assetUrl = useAssetUrl();
  const [width, setWidth] = useState<PreviewWidth>(savedPreviewWidth);
  const changeWidth = (next: PreviewWidth) => {
    setWidth(next);
    savePreviewWidth(next);
  };

  useEffect(() => {
    if (!scroller.current || !header.current || !body.current) return;
    // Relative image paths are read from the post's folder at the time they are shown (a rename keeps the folder).
    const imageUrl = (src: string) => {
      const path = assetUrl ? localImagePath(session.id, src) : null;
      return path === null || !assetUrl ? null : assetUrl(path);
    };
    const preview = new PostPreview(header.current, body.current, imageUrl);
    const scroll = syncScroll(session.view, scroller.current, () => preview.positions());
    const stopLinks = handlePreviewLinks(scroller.current);
    const stopClicks = placeCursorOnClick(session.view, scroller.current, () => preview.positions());
    const show = () => {
      preview.show(session.snapshot.get().post);
      scroll.previewChanged();
    };
    // The first render waits for the editor's first frame: a long post's preview must not hold up the writer's first keystroke.
    const firstShow = afterPaint(show);
    firstShow.request();
    const stopShowing = session.snapshot.subscribe(show);
    return () => {
      firstShow.dispose();
      stopShowing();
      stopLinks();
      stopClicks();
      scroll.dispose();
      preview.clear();
    };
  }, [session, assetUrl]);

  return (
    <>
      <div className="preview-toolbar">
        <PreviewWidthSwitch width={width} onChange={changeWidth} />
      </div>
      {/* Focusable so keyboard users can scroll it. */}
      <section ref={scroller} className="preview-pane" aria-label="Preview" tabIndex={0}>
        {/* The exported page's own structure and classes, so the export theme lays it out the same way. */}
        <div className="post-page preview-frame" data-width={width}>
          <article className="post preview-document">
            <div ref={header} />
            <div ref={body} className="preview-body post-body" />
          </article>
        </div>
      </section>
    </>
  );
}
