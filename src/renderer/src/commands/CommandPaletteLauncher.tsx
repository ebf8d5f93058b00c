import { useMemo, useState } from "react";
import type { ListedCommand } from "./command-registry";
import { useCommandRegistry, useCommands } from "./command-context";
import { CommandPalette } from "./CommandPalette";

/** The element that has focus, to give it back when the palette closes. */
function focusedElement(): HTMLElement | null {
  return document.activeElement instanceof HTMLElement ? document.activeElement : null;
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
          run: () => setOpen({ commands: registry.available().filter((command) => command.id !== "command-palette"), returnFocus: focusedElement() }),
        },
      ],
      [registry],
    ),
  );
  return open ? <CommandPalette commands={open.commands} returnFocus={open.returnFocus} onClose={() => setOpen(null)} /> : null;
}
