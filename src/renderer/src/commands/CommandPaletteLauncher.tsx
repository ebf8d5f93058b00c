import { useMemo, useState } from "react";
import type { ListedCommand } from "./command-registry";
import { useCommandRegistry, useCommands } from "./command-context";
import { CommandPalette } from "./CommandPalette";

/** The element that really has focus, looking inside shadow roots (the editor lives in one). */
function deepActiveElement(): HTMLElement | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element instanceof HTMLElement ? element : null;
}

interface OpenPalette {
  readonly commands: readonly ListedCommand[];
  readonly returnFocus: HTMLElement | null;
}

/** Adds "Command Palette…" (Ctrl/Cmd+Shift+P) and shows the palette with what works at that moment. */
export function CommandPaletteLauncher() {
  const registry = useCommandRegistry();
  const [open, setOpen] = useState<OpenPalette | null>(null);
  useCommands(
    useMemo(
      () => [
        {
          id: "command-palette",
          run: () => setOpen({ commands: registry.available().filter((command) => command.id !== "command-palette"), returnFocus: deepActiveElement() }),
        },
      ],
      [registry],
    ),
  );
  return open ? <CommandPalette commands={open.commands} returnFocus={open.returnFocus} onClose={() => setOpen(null)} /> : null;
}
