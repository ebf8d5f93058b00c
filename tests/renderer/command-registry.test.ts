/** The palette's list: what is registered and works now, in the menus' order, found by words in any order. */
import { describe, expect, it } from "vitest";
import { CommandRegistry } from "../../src/renderer/src/commands/command-registry";
import { filterCommands } from "../../src/renderer/src/commands/palette-filter";

describe("the command registry", () => {
  it("lists what works now, in the table's order, with the table's labels and shortcuts", () => {
    const registry = new CommandRegistry();
    let readOnly = false;
    registry.add([
      { id: "history", run: () => {} },
      { id: "bold", run: () => {}, isAvailable: () => !readOnly },
      { id: "focus-mode", run: () => {}, label: () => "Turn On Focus Mode" },
    ]);
    expect(registry.available().map(({ id, label, accelerator }) => ({ id, label, accelerator }))).toEqual([
      { id: "focus-mode", label: "Turn On Focus Mode", accelerator: undefined },
      { id: "bold", label: "Bold", accelerator: "CmdOrCtrl+B" },
      { id: "history", label: "History…", accelerator: undefined },
    ]);
    readOnly = true;
    expect(registry.available().map((command) => command.id)).toEqual(["focus-mode", "history"]);
    expect(registry.run("bold")).toBe(false);
  });

  it("runs the latest registration of an id, and the earlier one again once that is removed", () => {
    const registry = new CommandRegistry();
    const ran: string[] = [];
    registry.add([{ id: "save", run: () => ran.push("first") }]);
    const remove = registry.add([{ id: "save", run: () => ran.push("second") }]);
    expect(registry.run("save")).toBe(true);
    remove();
    registry.run("save");
    expect(ran).toEqual(["second", "first"]);
    expect(registry.available()).toHaveLength(1);
  });
});

describe("the palette's filter", () => {
  const commands = [{ label: "Bullet List" }, { label: "Numbered List" }, { label: "Bold" }];

  it("matches every typed word in any order, ignoring case", () => {
    expect(filterCommands(commands, "list BUL")).toEqual([{ label: "Bullet List" }]);
    expect(filterCommands(commands, "  li ")).toEqual([{ label: "Bullet List" }, { label: "Numbered List" }]);
    expect(filterCommands(commands, "")).toEqual(commands);
    expect(filterCommands(commands, "bold list")).toEqual([]);
  });
});
