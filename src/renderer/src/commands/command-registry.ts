/**
 * The commands the window can carry out right now. Features add theirs while they are mounted
 * (`useCommands`), so the palette, the shortcuts and the desktop menu all find the same ones; the
 * labels and shortcuts come from the shared command table.
 */
import { type CommandId, COMMANDS, commandSpec } from "../../../shared/commands";

/** One command a feature can carry out. */
export interface AppCommand {
  readonly id: CommandId;
  readonly run: () => void;
  /** Checked each time the command is listed or asked for; without it the command always works while registered. */
  readonly isAvailable?: () => boolean;
  /** The palette's wording now ("Hide Preview"), when it changes with the state; else the table's label. */
  readonly label?: () => string;
}

/** A command ready to list: its registration with its label and shortcut resolved. */
export interface ListedCommand {
  readonly id: CommandId;
  readonly label: string;
  readonly accelerator: string | undefined;
  readonly run: () => void;
}

const TABLE_ORDER = new Map<CommandId, number>(COMMANDS.map((command, index) => [command.id, index]));

/** The registered commands; the last registration of an id wins, and removing it brings back the one before. */
export class CommandRegistry {
  private readonly registrations: AppCommand[] = [];

  /** Adds `commands`; returns the function that removes them again. */
  add(commands: readonly AppCommand[]): () => void {
    const added = [...commands];
    this.registrations.push(...added);
    return () => {
      for (const command of added) {
        const index = this.registrations.lastIndexOf(command);
        if (index >= 0) this.registrations.splice(index, 1);
      }
    };
  }

  /** The command registered for `id` that works now, if any. */
  find(id: CommandId): AppCommand | undefined {
    const command = this.registrations.findLast((candidate) => candidate.id === id);
    return command && (command.isAvailable?.() ?? true) ? command : undefined;
  }

  /** Every command that works now, in the table's (the menus') order. */
  available(): ListedCommand[] {
    const ids = [...new Set(this.registrations.map((command) => command.id))].sort((a, b) => (TABLE_ORDER.get(a) ?? 0) - (TABLE_ORDER.get(b) ?? 0));
    return ids.flatMap((id) => {
      const command = this.find(id);
      if (!command) return [];
      const spec = commandSpec(id);
      return [{ id, label: command.label?.() ?? spec.label, accelerator: spec.accelerator, run: command.run }];
    });
  }

  /** Runs `id` when it works now; false when it does not. */
  run(id: CommandId): boolean {
    const command = this.find(id);
    command?.run();
    return command !== undefined;
  }
}
