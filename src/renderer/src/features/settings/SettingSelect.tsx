import { useId } from "react";

/** One choice of a setting: its stored value and what the writer reads. */
export interface SettingChoice<T> {
  readonly value: T;
  readonly label: string;
}

interface SettingSelectProps<T extends string | number> {
  readonly label: string;
  readonly value: T;
  readonly choices: readonly SettingChoice<T>[];
  readonly onChange: (value: T) => void;
  /** A line under the control that says more. */
  readonly note?: string;
}

/**
 * A labelled native select for one setting. A stored value the list does not offer (set by hand
 * in the settings file, or by an older version) is shown as it is rather than replaced.
 */
export function SettingSelect<T extends string | number>({ label, value, choices, onChange, note }: SettingSelectProps<T>) {
  const id = useId();
  const shown = choices.some((choice) => choice.value === value) ? choices : [...choices, { value, label: String(value) }];
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={String(value)}
        aria-describedby={note ? `${id}-note` : undefined}
        onChange={(event) => {
          const chosen = shown.find((choice) => String(choice.value) === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {shown.map((choice) => (
          <option key={String(choice.value)} value={String(choice.value)}>
            {choice.label}
          </option>
        ))}
      </select>
      {note ? (
        <p id={`${id}-note`} className="panel-note">
          {note}
        </p>
      ) : null}
    </div>
  );
}
