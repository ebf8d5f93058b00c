import { type KeyboardEvent, type ReactNode, useEffect, useLayoutEffect, useRef } from "react";

interface PopupMenuProps {
  /** The menu's accessible name. */
  readonly label: string;
  /** The element that opened the menu: it opens below it, right-aligned, unless `at` is given. */
  readonly anchor: HTMLElement;
  /** The pointer position for a right click; null to open beside `anchor`. */
  readonly at: { readonly x: number; readonly y: number } | null;
  /** Closes the menu; `restoreFocus` when the writer dismissed it (Escape, Tab), not when they clicked elsewhere. */
  readonly onClose: (restoreFocus: boolean) => void;
  /** The items: buttons with role="menuitem" and tabIndex -1. */
  readonly children: ReactNode;
}

const MARGIN = 8;

/**
 * A small menu floating above the page (a post's actions, the export commands). Arrow keys, Home
 * and End move between items, Escape and Tab close it, a click elsewhere or leaving the window too.
 */
export function PopupMenu({ label, anchor, at, onClose, children }: PopupMenuProps) {
  const menu = useRef<HTMLDivElement>(null);

  // Place the menu, kept inside the window, and focus its first item before it paints.
  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    const box = anchor.getBoundingClientRect();
    const { x, y } = at ?? { x: box.right - element.offsetWidth, y: box.bottom + 2 };
    element.style.left = `${Math.max(MARGIN, Math.min(x, window.innerWidth - element.offsetWidth - MARGIN))}px`;
    element.style.top = `${Math.max(MARGIN, Math.min(y, window.innerHeight - element.offsetHeight - MARGIN))}px`;
    element.querySelector<HTMLElement>("[role=menuitem]")?.focus();
  }, [anchor, at]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      // A press on the button the menu opens beside is that button's to handle: it toggles the menu.
      if (!menu.current?.contains(target) && !(at === null && anchor.contains(target))) onClose(false);
    };
    const onBlur = () => onClose(false);
    document.addEventListener("pointerdown", onPointerDown, true);
    window.addEventListener("blur", onBlur);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown, true);
      window.removeEventListener("blur", onBlur);
    };
  }, [anchor, at, onClose]);

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
    <div ref={menu} role="menu" aria-label={label} className="context-menu" onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
