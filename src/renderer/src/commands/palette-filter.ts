/** The palette's filter: every word typed must appear in the command's label, in any order, ignoring case. */

/** The entries of `commands` whose labels contain every word of `query`. */
export function filterCommands<T extends { readonly label: string }>(commands: readonly T[], query: string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word !== "");
  return commands.filter((command) => {
    const label = command.label.toLowerCase();
    return words.every((word) => label.includes(word));
  });
}
