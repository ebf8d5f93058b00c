/**
 * GitHub's task lists: a list item starting with `[ ]` or `[x]` shows a checkbox. Written here
 * rather than taken from npm because the maintained task-list plugins either import markdown-it
 * internals that version 15 no longer exports (`markdown-it/lib/token.js`) or require markdown-it
 * 14, and the original one is unmaintained since 2018. The checkbox is disabled: the preview and
 * the export show the state, the Markdown source is where it changes.
 */
import type { MarkdownIt, StateCore, Token } from "markdown-it";

/** `[ ]`, `[x]` or `[X]` followed by a space or tab, as GitHub requires. */
const TASK_MARKER = /^\[([ xX])\][ \t]/;

/** The list item that owns the inline token at `index`: `list_item_open`, `paragraph_open`, inline. */
function owningListItem(tokens: readonly Token[], index: number): Token | null {
  const paragraph = tokens[index - 1];
  const item = tokens[index - 2];
  return paragraph?.type === "paragraph_open" && item?.type === "list_item_open" ? item : null;
}

/** The `bullet_list_open` or `ordered_list_open` that contains the list item at `itemIndex`. */
function owningList(tokens: readonly Token[], itemIndex: number): Token | null {
  const level = (tokens[itemIndex]?.level ?? 0) - 1;
  for (let i = itemIndex - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token?.level === level && token.nesting === 1) return token;
  }
  return null;
}

function markTaskItems(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const inline = tokens[i];
    if (inline?.type !== "inline") continue;
    const item = owningListItem(tokens, i);
    const first = inline.children?.[0];
    const marker = TASK_MARKER.exec(inline.content);
    if (!item || !marker || first?.type !== "text" || !TASK_MARKER.test(first.content)) continue;

    first.content = first.content.slice(marker[0].length);
    const checkbox = new state.Token("task_list_checkbox", "input", 0);
    checkbox.meta = { checked: marker[1] !== " " };
    inline.children?.unshift(checkbox);
    item.attrJoin("class", "task-list-item");
    const list = owningList(tokens, i - 2);
    if (list && !String(list.attrGet("class") ?? "").includes("contains-task-list")) list.attrJoin("class", "contains-task-list");
  }
}

export function taskLists(md: MarkdownIt): void {
  md.core.ruler.after("inline", "task_lists", (state) => {
    markTaskItems(state);
  });
  md.renderer.rules.task_list_checkbox = (tokens, index) => {
    const checked = (tokens[index]?.meta as { checked?: boolean } | undefined)?.checked === true;
    return `<input class="task-list-item-checkbox" type="checkbox" disabled${checked ? " checked" : ""}> `;
  };
}
