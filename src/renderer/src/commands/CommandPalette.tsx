import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { ariaKeyShortcut, shortcutText } from "../../../shared/commands";
import { ModalDialog } from "../app/ModalDialog";
import type { ListedCommand } from "./command-registry";
import { KEY_PLATFORM } from "./key-platform";
import { filterCommands } from "./palette-filter";

interface CommandPaletteProps {
  /** The commands that work now, listed when the palette opened. */
  readonly commands: readonly ListedCommand[];
  /** Where focus goes back to: the editor's text, not just its host element. */
  readonly returnFocus: HTMLElement | null;
  readonly onClose: () => void;
}

/**
 * Every command that works now, filtered as the writer types (WAI-ARIA combobox with a listbox
 * popup): arrows move, Enter runs, Escape closes and gives focus back to where it was.
 */
export function CommandPalette({ commands, returnFocus, onClose }: CommandPaletteProps) {
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => filterCommands(commands, query), [commands, query]);
  const activeIndex = Math.min(active, matches.length - 1);
  const optionId = (index: number) => `${listId}-${index}`;
  const list = useRef<HTMLUListElement>(null);

  // Focus stays in the field, so the list scrolls itself to keep the active option in sight.
  useEffect(() => {
    list.current?.children[activeIndex]?.scrollIntoView({ block: "nearest" });
  }, [activeIndex, matches]);

  const run = (command: ListedCommand) => {
    // Close first, so focus is back where it was (the editor, say) when the command runs.
    flushSync(onClose);
    command.run();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (matches.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((Math.max(activeIndex, 0) + step + matches.length) % matches.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const command = matches[activeIndex];
      if (command) run(command);
    }
  };

  return (
    <ModalDialog title="Command palette" onCancel={onClose} returnFocus={returnFocus}>
      <div className="command-palette">
        <input
          className="text-input command-palette-input"
          type="text"
          role="combobox"
          aria-label="Command"
          aria-autocomplete="list"
          aria-expanded={matches.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          placeholder="Type a command"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul ref={list} id={listId} role="listbox" aria-label="Commands" className="command-palette-list">
          {matches.map((command, index) => (
            // Options are chosen through the combobox (aria-activedescendant); the pointer can pick one too.
            <li
              key={command.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              aria-description={command.accelerator ? shortcutText(command.accelerator, KEY_PLATFORM) : undefined}
              aria-keyshortcuts={command.accelerator ? ariaKeyShortcut(command.accelerator, KEY_PLATFORM) : undefined}
              className={index === activeIndex ? "command-palette-option is-active" : "command-palette-option"}
              onMouseMove={() => setActive(index)}
              onClick={() => run(command)}
            >
              <span>{command.label}</span>
              {command.accelerator ? (
                <kbd className="command-palette-shortcut" aria-hidden="true">
                  {shortcutText(command.accelerator, KEY_PLATFORM)}
                </kbd>
              ) : null}
            </li>
          ))}
        </ul>
        {matches.length === 0 ? <p className="command-palette-empty">No command matches “{query}”.</p> : null}
      </div>
    </ModalDialog>
  );
}
