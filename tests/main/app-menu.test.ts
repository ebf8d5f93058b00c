/**
 * The desktop menu as built from the command table, with Electron stubbed (its binary cannot run
 * here): the six menus, platform-correct shortcuts, and items that ask the window to run a command.
 */
import type { MenuItemConstructorOptions } from "electron";
import { afterEach, describe, expect, it, vi } from "vitest";

const installed: { template: MenuItemConstructorOptions[] } = { template: [] };

vi.mock("electron", () => ({
  app: { isPackaged: true },
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
    setApplicationMenu: (template: MenuItemConstructorOptions[]) => {
      installed.template = template;
    },
  },
}));

const { installAppMenu } = await import("../../src/main/electron/menu");

function submenuOf(label: string): MenuItemConstructorOptions[] {
  const menu = installed.template.find((item) => item.label?.replace("&", "") === label || item.role === label.toLowerCase());
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}

describe("the application menu", () => {
  const ran: string[] = [];
  const openFolder = vi.fn();
  afterEach(() => {
    ran.length = 0;
  });

  it("has File, Edit, View, Format, Post and Help, with Electron's roles kept", () => {
    installAppMenu({ openFolder, runInWindow: (command) => ran.push(command) });
    const tops = installed.template.map((item) => item.label?.replace("&", "") ?? item.role);
    for (const name of ["File", "Edit", "View", "Format", "Post", "windowMenu", "help"]) expect(tops).toContain(name);
    expect(submenuOf("Edit").map((item) => item.role).filter(Boolean)).toEqual(expect.arrayContaining(["undo", "redo", "cut", "copy", "paste", "selectAll"]));
    expect(submenuOf("Edit").map((item) => item.label)).toContain("Find in Posts…");
    expect(submenuOf("View").map((item) => item.role).filter(Boolean)).toEqual(expect.arrayContaining(["resetZoom", "zoomIn", "zoomOut", "togglefullscreen"]));
  });

  it("shows the table's shortcuts and runs Format items in the window, the palette's way", () => {
    installAppMenu({ openFolder, runInWindow: (command) => ran.push(command) });
    const bold = submenuOf("Format").find((item) => item.id === "bold");
    expect(bold).toMatchObject({ label: "Bold", accelerator: "CmdOrCtrl+B", registerAccelerator: false });
    (bold?.click as () => void)();
    expect(ran).toEqual(["bold"]);
    // Ctrl/Cmd+0 belongs to Normal Paragraph, so Actual Size moves aside.
    expect(submenuOf("View").find((item) => item.role === "resetZoom")?.accelerator).not.toBe("CmdOrCtrl+0");
  });

  it("opens another folder itself, with a native dialog, and groups items with separators", () => {
    installAppMenu({ openFolder, runInWindow: (command) => ran.push(command) });
    const file = submenuOf("File");
    (file.find((item) => item.id === "open-folder")?.click as () => void)();
    expect(openFolder).toHaveBeenCalledOnce();
    expect(ran).toEqual([]);
    const format = submenuOf("Format").map((item) => item.id ?? item.type);
    expect(format.indexOf("separator")).toBe(format.indexOf("heading-1") - 1);
  });
});
