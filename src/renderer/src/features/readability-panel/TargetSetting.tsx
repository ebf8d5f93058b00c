import { useId } from "react";

/** The grades a writer may aim for: from very plain to academic. */
export const TARGET_GRADES = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14] as const;

interface TargetSettingProps {
  /** The writer's setting (a post's own `readability_target` overrides it). */
  readonly target: number;
  readonly onChange: (target: number) => void;
}

/** The writer's target grade for their posts, changed here and kept in the settings. */
export function TargetSetting({ target, onChange }: TargetSettingProps) {
  const id = useId();
  const grades: readonly number[] = TARGET_GRADES.includes(target as (typeof TARGET_GRADES)[number]) ? TARGET_GRADES : [...TARGET_GRADES, target].sort((a, b) => a - b);
  return (
    <div className="target-setting">
      <label htmlFor={id}>Target for your posts</label>
      <select id={id} className="select" value={target} aria-describedby={`${id}-note`} onChange={(event) => onChange(Number(event.target.value))}>
        {grades.map((grade) => (
          <option key={grade} value={grade}>
            Grade {grade}
          </option>
        ))}
      </select>
      <p id={`${id}-note`} className="panel-note">
        A post can set its own with <code>readability_target</code> in its front matter.
      </p>
    </div>
  );
}
