/** Deletes a post the way the writer's system does: into the operating system's trash. */
import { shell } from "electron";

export const systemTrash = {
  kind: "system" as const,
  trashItem: (absolutePath: string) => shell.trashItem(absolutePath),
};
