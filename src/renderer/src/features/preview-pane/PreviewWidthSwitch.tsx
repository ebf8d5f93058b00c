import { PREVIEW_WIDTHS, type PreviewWidth } from "./preview-width";

/** "Preview width": phone (375 px), tablet (768 px) or the whole pane, as a radio group. */
export function PreviewWidthSwitch({ width, onChange }: { width: PreviewWidth; onChange: (width: PreviewWidth) => void }) {
  return (
    <div className="preview-widths" role="radiogroup" aria-label="Preview width">
      {PREVIEW_WIDTHS.map((option) => (
        <label key={option.value} className="preview-width" title={option.pixels ? `${option.pixels} px wide` : "As wide as the pane"}>
          <input type="radio" name="preview-width" value={option.value} checked={width === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </div>
  );
}
