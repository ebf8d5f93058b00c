import type { ReactNode } from "react";

interface SidePanelProps {
  /** The panel's heading and its region's accessible name. */
  readonly name: string;
  readonly className: string;
  /** Why the analysis stopped (shown instead of the content), or null. */
  readonly failure: string | null;
  /** False while the first report is on its way. */
  readonly ready: boolean;
  /** The number of the analysis request the panel shows, for `npm run bench` to tell which keystrokes it reflects. */
  readonly analysedSequence?: number;
  /** The content, rendered only when ready and not failed. */
  readonly children: () => ReactNode;
  /** A panel of links within the post is a navigation landmark; the others are regions. */
  readonly landmark?: "region" | "navigation";
}

/** A panel of the right-hand column: a named region with a title, saying so while its report is missing or failed. */
export function SidePanel({ name, className, failure, ready, analysedSequence, children, landmark = "region" }: SidePanelProps) {
  const Landmark = landmark === "navigation" ? "nav" : "section";
  return (
    <Landmark className={`side-panel ${className}`} aria-label={name} data-analysed-sequence={analysedSequence}>
      <h2 className="side-panel-title">{name}</h2>
      {/* The box is the column's flex item; the body inside it keeps a report's layout to itself (side-panels.css). */}
      <div className="side-panel-box">
        <div className="side-panel-body">
          {failure !== null ? (
            <p className="panel-note" role="alert">
              The {name.toLowerCase()} check stopped: {failure}
            </p>
          ) : !ready ? (
            <p className="panel-note">Reading the post…</p>
          ) : (
            children()
          )}
        </div>
      </div>
    </Landmark>
  );
}
