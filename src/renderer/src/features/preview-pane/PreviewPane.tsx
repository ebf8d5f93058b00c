import { useEffect, useRef, useState } from "react";
import { afterPaint } from "../../editor/after-paint";
import { localImagePath } from "../../../../shared/markdown/local-images";
import { placeCursorOnClick } from "../../preview/click-to-source";
import { fillInSlices } from "../../preview/fill-in-slices";
import type { PostPreview } from "../../preview/post-preview";
import { handlePreviewLinks } from "../../preview/preview-links";
import { syncScroll } from "../../preview/scroll-sync";
import type { PostSession } from "../../session/post-session";
import { useAssetUrl } from "./asset-urls";
import { type PreviewWidth, savePreviewWidth, savedPreviewWidth } from "./preview-width";
import { PreviewWidthSwitch } from "./PreviewWidthSwitch";

/** The preview's renderer, loaded on first use: the editor's first frame does not wait for it. */
const loadPostPreview = () => import("../../preview/post-preview");

/** On the preview's body while its first render fills in (preview.css hides it). */
const FILLING_CLASS = "is-filling";

/**
 * The live preview of the open post. React renders only the frame; the content is filled in
 * slices after the editor's first frame, then patched by PostPreview after each painted editor
 * frame, block by block, and scrolls with the editor; a click on a block puts the editor's
 * cursor at its source.
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
    const [region, headerSlot, bodySlot] = [scroller.current, header.current, body.current];
    // Busy until every block is shown: screen readers wait for it, and so does the bench's "filled".
    region.setAttribute("aria-busy", "true");
    // Hidden while it fills: a page that grows each frame is styled and laid out again each frame.
    // A class, not a style attribute: the preview's markup carries no inline style (untrusted-posts spec).
    bodySlot.classList.add(FILLING_CLASS);
    // Relative image paths are read from the post's folder at the time they are shown (a rename keeps the folder).
    const imageUrl = (src: string) => {
      const path = assetUrl ? localImagePath(session.id, src) : null;
      return path === null || !assetUrl ? null : assetUrl(path);
    };
    let preview: PostPreview | null = null;
    let filling = true;
    const positions = () => preview?.positions() ?? [];
    const scroll = syncScroll(session.view, region, positions);
    const stopLinks = handlePreviewLinks(region);
    const stopClicks = placeCursorOnClick(session.view, region, positions);
    const show = () => {
      // While the first render fills in, each slice shows the latest text.
      if (filling || !preview) return;
      preview.show(session.snapshot.get().post);
      scroll.previewChanged();
    };
    let stopFilling = () => {};
    let disposed = false;
    // Markdown, highlighting and sanitizing load after the editor's first frame, which does not need them.
    const load = afterPaint(() => {
      void loadPostPreview().then(({ PostPreview }) => {
        if (disposed) return;
        const loaded = new PostPreview(headerSlot, bodySlot, imageUrl);
        preview = loaded;
        stopFilling = fillInSlices(
          (count) => loaded.show(session.snapshot.get().post, count),
          () => {
            filling = false;
            bodySlot.classList.remove(FILLING_CLASS);
            region.removeAttribute("aria-busy");
            scroll.previewChanged();
          },
        );
      });
    });
    load.request();
    const stopShowing = session.snapshot.subscribe(show);
    return () => {
      disposed = true;
      load.dispose();
      stopFilling();
      stopShowing();
      stopLinks();
      stopClicks();
      scroll.dispose();
      preview?.clear();
      bodySlot.classList.remove(FILLING_CLASS);
      region.removeAttribute("aria-busy");
    };
  }, [session, assetUrl]);

  return (
    <>
      <div className="preview-toolbar">
        <PreviewWidthSwitch width={width} onChange={changeWidth} />
      </div>
      {/* The box is the split's flex item; the pane inside it is where a changed block's layout stops (preview.css). */}
      <div className="preview-pane-box">
        {/* Focusable so keyboard users can scroll it. Busy, its body hidden, from the first frame until the fill above has shown every block. */}
        <section ref={scroller} className="preview-pane" aria-label="Preview" aria-busy="true" tabIndex={0}>
          {/* The exported page's own structure and classes, so the export theme lays it out the same way. */}
          <div className="post-page preview-frame" data-width={width}>
            <article className="post preview-document">
              <div ref={header} />
              <div ref={body} className={`preview-body post-body ${FILLING_CLASS}`} />
            </article>
          </div>
        </section>
      </div>
    </>
  );
}
