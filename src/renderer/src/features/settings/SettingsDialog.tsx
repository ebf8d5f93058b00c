import type { Settings } from "../../../../shared/model/post";
import { EDITOR_FONT_SIZE_RANGE, SPELLING_LANGUAGES } from "../../../../shared/model/settings";
import { ModalDialog } from "../../app/ModalDialog";
import { TARGET_GRADES } from "../readability-panel/TargetSetting";
import { type SettingChoice, SettingSelect } from "./SettingSelect";

const THEMES: readonly SettingChoice<Settings["theme"]>[] = [
  { value: "system", label: "Follow system" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

const FONT_SIZES: readonly SettingChoice<number>[] = Array.from({ length: EDITOR_FONT_SIZE_RANGE.max - EDITOR_FONT_SIZE_RANGE.min + 1 }, (_, i) => {
  const size = EDITOR_FONT_SIZE_RANGE.min + i;
  return { value: size, label: `${size} px` };
});

const GRADES: readonly SettingChoice<number>[] = TARGET_GRADES.map((grade) => ({ value: grade, label: `Grade ${grade}` }));

const AUTOSAVE_DELAYS: readonly SettingChoice<number>[] = [500, 1000, 1500, 2000, 3000, 5000, 10_000, 30_000].map((ms) => ({
  value: ms,
  label: `${ms / 1000} ${ms === 1000 ? "second" : "seconds"}`,
}));

const EXPORT_IMAGES: readonly SettingChoice<Settings["exportImages"]>[] = [
  { value: "inline", label: "Inside the page (one file)" },
  { value: "folder", label: "In a folder beside the page" },
];

const EXPORT_THEMES: readonly SettingChoice<Settings["exportTheme"]>[] = [
  { value: "auto", label: "Follow the reader's system" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

const SPELLING: readonly SettingChoice<Settings["spellcheckLanguage"]>[] = [
  ...SPELLING_LANGUAGES.map((language) => ({ value: language.tag, label: language.name })),
  { value: "off", label: "Off" },
];

interface SettingsDialogProps {
  readonly settings: Settings;
  /** Applies and saves a change at once: there is no Save button. */
  readonly onChange: (patch: Partial<Settings>) => void;
  readonly onClose: () => void;
}

/** The writer's preferences, each a labelled native control that takes effect as soon as it changes. */
export function SettingsDialog({ settings, onChange, onClose }: SettingsDialogProps) {
  return (
    <ModalDialog title="Settings" onCancel={onClose}>
      <div className="modal-form settings-form">
        <SettingSelect label="Theme" value={settings.theme} choices={THEMES} onChange={(theme) => onChange({ theme })} />
        <SettingSelect label="Editor font size" value={settings.editorFontSize} choices={FONT_SIZES} onChange={(editorFontSize) => onChange({ editorFontSize })} />
        <SettingSelect
          label="Target grade"
          value={settings.readabilityTarget}
          choices={GRADES}
          onChange={(readabilityTarget) => onChange({ readabilityTarget })}
          note="A post can set its own with readability_target in its front matter."
        />
        <SettingSelect
          label="Save after a pause of"
          value={settings.autosaveDelayMs}
          choices={AUTOSAVE_DELAYS}
          onChange={(autosaveDelayMs) => onChange({ autosaveDelayMs })}
        />
        <SettingSelect
          label="Exported images"
          value={settings.exportImages}
          choices={EXPORT_IMAGES}
          onChange={(exportImages) => onChange({ exportImages })}
          note="What Export HTML and Export all posts do with a post's images."
        />
        <SettingSelect label="Exported page colours" value={settings.exportTheme} choices={EXPORT_THEMES} onChange={(exportTheme) => onChange({ exportTheme })} />
        <SettingSelect
          label="Spelling"
          value={settings.spellcheckLanguage}
          choices={SPELLING}
          onChange={(spellcheckLanguage) => onChange({ spellcheckLanguage })}
          note="A post with lang in its front matter is checked in that language."
        />
        <div className="modal-actions">
          <button type="button" className="button button-primary" onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
