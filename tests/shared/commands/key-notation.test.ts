/** One table, three notations: the menu's accelerator, the editor's key and the text beside a command. */
import { describe, expect, it } from "vitest";
import { COMMANDS, MENU_NAMES, isWindowCommandId, matchesAccelerator, shortcutText, toCodeMirrorKey, ariaKeyShortcut } from "../../../src/shared/commands";

const press = (code: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe("shortcut notations", () => {
  it("turns accelerators into CodeMirror keys", () => {
    expect(toCodeMirrorKey("CmdOrCtrl+B")).toBe("Mod-b");
    expect(toCodeMirrorKey("CmdOrCtrl+Shift+8")).toBe("Mod-Shift-8");
    expect(toCodeMirrorKey("CmdOrCtrl+Alt+K")).toBe("Mod-Alt-k");
    expect(toCodeMirrorKey("Shift+F8")).toBe("Shift-F8");
    expect(toCodeMirrorKey("F8")).toBe("F8");
  });

  it("shows ⌘ on macOS and Ctrl elsewhere", () => {
    expect(shortcutText("CmdOrCtrl+B", "mac")).toBe("⌘B");
    expect(shortcutText("CmdOrCtrl+Shift+P", "mac")).toBe("⇧⌘P");
    expect(shortcutText("CmdOrCtrl+B", "other")).toBe("Ctrl+B");
    expect(shortcutText("CmdOrCtrl+Shift+7", "other")).toBe("Ctrl+Shift+7");
    expect(shortcutText("Shift+F8", "other")).toBe("Shift+F8");
  });

  it("names the keys for aria-keyshortcuts", () => {
    expect(ariaKeyShortcut("CmdOrCtrl+Shift+P", "other")).toBe("Control+Shift+P");
    expect(ariaKeyShortcut("CmdOrCtrl+B", "mac")).toBe("Meta+B");
  });

  it("matches key presses by physical key, so Shift+8 is not mistaken for *", () => {
    expect(matchesAccelerator(press("Digit8", { ctrlKey: true, shiftKey: true }), "CmdOrCtrl+Shift+8", "other")).toBe(true);
    expect(matchesAccelerator(press("Digit8", { metaKey: true, shiftKey: true }), "CmdOrCtrl+Shift+8", "mac")).toBe(true);
    expect(matchesAccelerator(press("KeyP", { ctrlKey: true }), "CmdOrCtrl+Shift+P", "other")).toBe(false);
    expect(matchesAccelerator(press("KeyB", { ctrlKey: true }), "CmdOrCtrl+B", "mac")).toBe(false);
    expect(matchesAccelerator(press("F8"), "F8", "other")).toBe(true);
    expect(matchesAccelerator(press("F8", { ctrlKey: true }), "F8", "other")).toBe(false);
    expect(matchesAccelerator(press("Comma", { ctrlKey: true }), "CmdOrCtrl+,", "other")).toBe(true);
  });

  it("refuses modifiers it does not know rather than binding the wrong key", () => {
    expect(() => toCodeMirrorKey("Super+B")).toThrow(/Unsupported modifier/);
  });
});

describe("the command table", () => {
  it("gives every command a unique id, a known menu and a readable shortcut", () => {
    expect(new Set(COMMANDS.map((command) => command.id)).size).toBe(COMMANDS.length);
    for (const command of COMMANDS) {
      expect(MENU_NAMES).toContain(command.menu);
      if ("accelerator" in command) expect(() => toCodeMirrorKey(command.accelerator)).not.toThrow();
    }
  });

  it("never gives two commands the same shortcut", () => {
    const accelerators = COMMANDS.flatMap((command) => ("accelerator" in command ? [command.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it("tells the window's commands from the desktop app's own", () => {
    expect(isWindowCommandId("bold")).toBe(true);
    expect(isWindowCommandId("open-folder")).toBe(false);
    expect(isWindowCommandId("rm -rf")).toBe(false);
    expect(isWindowCommandId(7)).toBe(false);
  });
});
