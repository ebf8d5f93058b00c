import { type KeyboardEvent, useEffect, useLayoutEffect, useRef } from "react";
import type { PostSummary } from "../../../../shared/model/post";

/** Where the menu opens and what it is about. */
export interface PostMenuRequest {
  readonly post: PostSummary;
  /** The element that opened the menu; focus returns to it. */
  readonly anchor: HTMLElement;
  /** The pointer position for a right click; null to open beside `anchor`. */
  readonly at: { readonly x: number; readonly y: number } | null;
}

interface PostActionsMenuProps {
  readonly request: PostMenuRequest;
  readonly onRename: () => void;
  readonly onDelete: () => void;
  /** Closes the menu; `restoreFocus` when the writer dismissed it (not when an item opened a dialog). */
  readonly onClose: (restoreFocus: boolean) => void;
}

const MARGIN = 8;

/**
 * The actions of one post (Rename…, Delete) as a menu at the pointer or beside the list entry.
 * Arrow keys move between items, Escape and Tab close it, and focus goes back where it came from.
 */
export function PostActionsMenu({ request, onRename, onDelete, onClose }: PostActionsMenuProps) {
  const menu = useRef<HTMLDivElement>(null);

  // Place the menu, kept inside the window, and focus its first item before it paints.
  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    const anchor = request.anchor.getBoundingClientRect();
    const { x, y } = request.at ?? { x: anchor.right - element.offsetWidth, y: anchor.bottom + 2 };
    element.style.left = `${Math.max(MARGIN, Math.min(x, window.innerWidth - element.offsetWidth - MARGIN))}px`;
    element.style.top = `${Math.max(MARGIN, Math.min(y, window.innerHeight - element.offsetHeight - MARGIN))}px`;
    element.querySelector<HTMLElement>("[role=menuitem]")?.focus();
  }, [request]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose(false);
    };
    const onBlur = () => onClose(false);
    document.addEventListener("pointerdown", onPointerDown, true);
    window.addEventListener("blur", onBlur);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown, true);
      window.removeEventListener("blur", onBlur);
    };
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>("[role=menuitem]") ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const moveTo = (next: number) => items[(next + items.length) % items.length]?.focus();
    if (event.key === "ArrowDown") moveTo(index + 1);
    else if (event.key === "ArrowUp") moveTo(index - 1);
    else if (event.key === "Home") moveTo(0);
    else if (event.key === "End") moveTo(items.length - 1);
    else if (event.key === "Escape") onClose(true);
    else if (event.key === "Tab") onClose(true);
    else return;
    event.preventDefault();
  };

  return (
    <div ref={menu} role="menu" aria-label={`Actions for ${request.post.title}`} className="context-menu" onKeyDown={onKeyDown}>
      <button type="button" role="menuitem" tabIndex={-1} className="menu-item" onClick={onRename}>
        Rename…
      </button>
      <button type="button" role="menuitem" tabIndex={-1} className="menu-item menu-item-danger" onClick={onDelete}>
        Delete
      </button>
    </div>
  );
}
