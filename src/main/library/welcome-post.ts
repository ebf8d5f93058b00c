/** The first post a writer sees in a new posts folder: a short tour that is also a Markdown sampler. */
import { localIsoDate } from "../../shared/post/new-post";

/** File name of the welcome post, at the root of the posts folder. */
export const WELCOME_POST_FILE_NAME = "welcome-to-clearpost.md";

/** The welcome post's text, dated `now` so it opens at the top of a new folder's list. */
export function welcomePostText(now: Date): string {
  return `---
title: Welcome to Clearpost
date: ${localIsoDate(now)}
description: A short tour of Clearpost, written in the Markdown it edits.
tags: [clearpost, markdown]
draft: false
---

Clearpost is a quiet place to write blog posts. Every post is a plain **Markdown** file in this folder, so your words stay *yours*: open them in any editor, keep them in git, or sync them wherever you like.

## How it works

- The **posts list** on the left shows every \`.md\` file in this folder, newest first.
- The **editor** is where you type; the **preview** beside it shows the post as readers will see it, updated as you write.
- Press Ctrl+S (Cmd+S on a Mac) to save, or just keep writing: Clearpost **saves on its own** a moment after you stop typing, and it never overwrites a change made to the file in another program without asking.

> Write first, polish later. The preview is there when you want it.

## What Markdown can do

A fenced code block keeps its formatting:

\`\`\`js
console.log("Hello from your first post");
\`\`\`

A table lines things up:

| You type      | Readers see   |
| ------------- | ------------- |
| \`**bold**\`    | **bold**      |
| \`*italic*\`    | *italic*      |

Links look like [the CommonMark guide](https://commonmark.org/help/).

## The Readability panel

The **Readability** panel beside the preview grades this post as you type: the school grade a reader needs, Flesch Reading Ease and five other scores. In the editor it marks hard sentences, adverbs, passive voice, jargon and words with a plainer alternative; hover a mark to see why. *Fix first* lists the changes that help most; F8 walks through the marks from the keyboard.

**Keywords** in the toolbar opens the Keywords panel: the phrases your post is really about, checks of the focus keyphrase you pick, and how the post will look in search results and when shared.

The lines between the \`---\` fences at the top are the front matter: the title, date, description and tags your blog uses. The preview shows them as the post's header. Change them, or delete this post when you are ready to write your own.
`;
}
