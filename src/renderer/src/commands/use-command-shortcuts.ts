/**
 * The window-wide shortcuts of the command table (the palette, Save, Export HTML, F8 …), from
 * wherever focus is. The Format commands' keys belong to the editor's keymap alone, so Ctrl+B
 * in a text field elsewhere does not bold the post; keys the editor already handled are left alone,
 * and so is everything behind an open dialog (F8 in the palette must not move the editor's cursor).
 */
import { useEffect } from "react";
import { COMMANDS, matchesAccelerator } from "../../../shared/commands";
import type { CommandRegistry } from "./command-registry";
import { KEY_PLATFORM } from "./key-platform";

const WINDOW_SHORTCUTS = COMMANDS.flatMap((command) => ("accelerator" in command && command.menu !== "Format" ? [{ id: command.id, accelerator: command.accelerator }] : []));

/** Listens for the table's shortcuts and runs the registered command. */
export function useCommandShortcuts(registry: CommandRegistry): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const shortcut = WINDOW_SHORTCUTS.find(({ accelerator }) => matchesAccelerator(event, accelerator, KEY_PLATFORM));
      if (!shortcut) return;
      // A known shortcut never reaches the browser (Ctrl+S would offer to save the page), even when its command cannot run.
      event.preventDefault();
      if (event.target instanceof Element && event.target.closest("dialog[open]")) return;
      registry.run(shortcut.id);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [registry]);
}
