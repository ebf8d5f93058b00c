/** The desktop menu's commands: the window runs the same registered command as the palette, or says why it cannot. */
import { useEffect } from "react";
import { commandSpec } from "../../../shared/commands";
import { useApi } from "../api/api-context";
import type { CommandRegistry } from "./command-registry";

/** Runs each command chosen in the desktop menu; one that needs an open post asks for one. */
export function useMenuCommands(registry: CommandRegistry, reportError: (error: string) => void): void {
  const api = useApi();
  useEffect(
    () =>
      api.onDidChooseMenuCommand((id) => {
        if (!registry.run(id)) reportError(`Open a post to use “${commandSpec(id).label.replace(/…$/, "")}”.`);
      }),
    [api, registry, reportError],
  );
}
