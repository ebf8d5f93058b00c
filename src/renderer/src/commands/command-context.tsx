/** Gives components the window's one CommandRegistry, and a hook to add commands while mounted. */
import { createContext, type ReactNode, use, useEffect } from "react";
import type { AppCommand, CommandRegistry } from "./command-registry";

const CommandRegistryContext = createContext<CommandRegistry | null>(null);

/** Makes `registry` available below it. */
export function CommandRegistryProvider({ registry, children }: { registry: CommandRegistry; children: ReactNode }) {
  return <CommandRegistryContext value={registry}>{children}</CommandRegistryContext>;
}

/** The window's registry; throws outside CommandRegistryProvider (a wiring bug). */
export function useCommandRegistry(): CommandRegistry {
  const registry = use(CommandRegistryContext);
  if (!registry) throw new Error("useCommandRegistry() needs a <CommandRegistryProvider> above it");
  return registry;
}

/**
 * Registers `commands` while the calling component is mounted. Pass a memoized list: a new list
 * replaces the old registration.
 */
export function useCommands(commands: readonly AppCommand[]): void {
  const registry = useCommandRegistry();
  useEffect(() => registry.add(commands), [registry, commands]);
}
