import { type KeyboardEvent, type PointerEvent, useState } from "react";
import { EDITOR_SHARE } from "./pane-layout";

interface PaneSplitterProps {
  /** The editor's share of the width, 0..1. */
  readonly share: number;
  /** Called while dragging or pressing keys. */
  readonly onChange: (share: number) => void;
  /** Called when a drag or key press ends, to remember the split. */
  readonly onCommit: (share: number) => void;
}

const KEY_STEP = 0.02;
const clampShare = (share: number) => Math.min(EDITOR_SHARE.max, Math.max(EDITOR_SHARE.min, share));

/** The draggable divider between editor and preview: a focusable separator that arrow keys move too. */
export function PaneSplitter({ share, onChange, onCommit }: PaneSplitterProps) {
  const [dragging, setDragging] = useState(false);

  const shareAt = (event: PointerEvent<HTMLDivElement>) => {
    const container = event.currentTarget.parentElement?.getBoundingClientRect();
    return container && container.width > 0 ? clampShare((event.clientX - container.left) / container.width) : share;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? KEY_STEP * 5 : KEY_STEP;
    const next =
      event.key === "ArrowLeft" ? share - step
      : event.key === "ArrowRight" ? share + step
      : event.key === "Home" ? EDITOR_SHARE.min
      : event.key === "End" ? EDITOR_SHARE.max
      : null;
    if (next === null) return;
    event.preventDefault();
    onChange(clampShare(next));
    onCommit(clampShare(next));
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize editor and preview"
      aria-valuemin={Math.round(EDITOR_SHARE.min * 100)}
      aria-valuemax={Math.round(EDITOR_SHARE.max * 100)}
      aria-valuenow={Math.round(share * 100)}
      aria-valuetext={`Editor ${Math.round(share * 100)}%, preview ${Math.round((1 - share) * 100)}%`}
      tabIndex={0}
      className={dragging ? "pane-splitter is-dragging" : "pane-splitter"}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        event.currentTarget.focus();
        setDragging(true);
      }}
      onPointerMove={(event) => {
        if (dragging) onChange(shareAt(event));
      }}
      onPointerUp={(event) => {
        if (!dragging) return;
        setDragging(false);
        onCommit(shareAt(event));
      }}
      onPointerCancel={() => setDragging(false)}
    />
  );
}
