/** The exported page as search engines, social networks and browsers read it. */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { exportPostFragment, exportPostHtml, jsonForScriptElement, readExportMetadata } from "../../../src/shared/export";
import { splitPost } from "../../../src/shared/post/front-matter";

const CSS = ".post { color: #222; }";
const identity = (html: string) => html;

const POST = `---
title: Cats & "Dogs" </script><script>alert(1)</script>
description: Why cats <b>win</b>.
date: 2024-05-01
updated: 2024-06-02T10:30:00Z
author:
  name: Ada Writer
tags: [pets, "cats & dogs"]
canonical_url: https://blog.example.com/posts/cats/
image: /images/cover.jpg
lang: fr-CA
---
Body text.
`;

async function page(text = POST): Promise<string> {
  return exportPostHtml(text, { id: "2024/cats.md", css: CSS, sanitize: identity });
}

function metaContent(html: string, attribute: "name" | "property", key: string): string[] {
  return [...html.matchAll(new RegExp(`<meta ${attribute}="${key}" content="([^"]*)">`, "g"))].map((match) => match[1] ?? "");
}

describe("an exported page", () => {
  it("is a complete HTML document in the post's language", async () => {
    const html = await page();
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr-CA">\n<head>\n<meta charset="utf-8">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain("<title>Cats &amp; &quot;Dogs&quot; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>");
  });

  it("falls back to English, the first heading and the file name", async () => {
    expect(await page("# From the heading\n\ntext\n")).toMatch(/<html lang="en">[\s\S]*<title>From the heading<\/title>/);
    expect(await page("just text\n")).toContain("<title>cats</title>");
    expect(await page("---\nlang: not a language!\n---\ntext\n")).toContain('<html lang="en">');
  });

  it("describes the post to search engines and social networks", async () => {
    const html = await page();
    expect(metaContent(html, "name", "description")).toEqual(["Why cats &lt;b&gt;win&lt;/b&gt;."]);
    expect(metaContent(html, "name", "keywords")).toEqual(["pets, cats &amp; dogs"]);
    expect(metaContent(html, "name", "author")).toEqual(["Ada Writer"]);
    expect(html).toContain('<link rel="canonical" href="https://blog.example.com/posts/cats/">');
    expect(metaContent(html, "property", "og:type")).toEqual(["article"]);
    expect(metaContent(html, "property", "og:url")).toEqual(["https://blog.example.com/posts/cats/"]);
    expect(metaContent(html, "property", "og:image")).toEqual(["https://blog.example.com/images/cover.jpg"]);
    expect(metaContent(html, "property", "og:locale")).toEqual(["fr_CA"]);
    expect(metaContent(html, "property", "article:tag")).toEqual(["pets", "cats &amp; dogs"]);
    expect(metaContent(html, "property", "article:published_time")).toEqual(["2024-05-01"]);
    expect(metaContent(html, "property", "article:modified_time")).toEqual(["2024-06-02T10:30:00Z"]);
    expect(metaContent(html, "name", "twitter:card")).toEqual(["summary_large_image"]);
  });

  it("carries a JSON-LD BlogPosting that no title can break out of", async () => {
    const html = await page();
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.[0]).toMatch(/^<script type="application\/ld\+json">/);
    const posting = JSON.parse(scripts[0]?.[1] ?? "") as Record<string, unknown>;
    expect(posting).toMatchObject({
      "@context": "https://schema.org",
      "@type": "BlogPosting",
      headline: 'Cats & "Dogs" </script><script>alert(1)</script>',
      description: "Why cats <b>win</b>.",
      datePublished: "2024-05-01",
      dateModified: "2024-06-02T10:30:00Z",
      author: { "@type": "Person", name: "Ada Writer" },
      keywords: "pets, cats & dogs",
      image: "https://blog.example.com/images/cover.jpg",
    });
    expect(jsonForScriptElement({ a: "</script><!--\u2028" })).not.toMatch(/[<>&\u2028]/);
  });

  it("runs no script, loads nothing but images and allowed players, and allows exactly its own style", async () => {
    const html = await page();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? "";
    const hash = createHash("sha256").update(CSS).digest("base64");
    expect(policy).toBe(
      `default-src 'none'; script-src 'none'; style-src 'sha256-${hash}'; img-src 'self' data: https:; ` +
        "frame-src https://www.youtube-nocookie.com https://youtube-nocookie.com https://www.youtube.com https://youtube.com https://player.vimeo.com; base-uri 'none'; form-action 'none'",
    );
    expect(html).toContain(`<style>${CSS}</style>`);
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
  });

  it("shows the front matter as the post's header, without the draft badge", async () => {
    const html = await page(`---\ntitle: Hello\ndate: 2024-05-01\ndraft: true\ndescription: A test.\ntags: [a]\n---\ntext\n`);
    expect(html).toContain('<header class="post-header">\n<h1 class="post-title">Hello</h1>\n<p class="post-meta"><time class="post-date" datetime="2024-05-01">May 1, 2024</time></p>');
    expect(html).toContain('<ul class="post-tags"><li class="post-tag">a</li></ul>');
    expect(html).not.toContain("Draft");
  });

  it("leaves the header's H1 to the body when the title comes from the first heading", async () => {
    const html = await page("# Only heading\n\ntext\n");
    expect(html.match(/<h1/g)).toHaveLength(1);
  });
});

describe("an exported fragment", () => {
  it("is the body alone", async () => {
    const fragment = await exportPostFragment(POST, { id: "cats.md", sanitize: identity });
    expect(fragment).toBe("<p>Body text.</p>\n");
  });
});

describe("export metadata", () => {
  it("reads the names blog engines use", () => {
    const post = splitPost("---\nsummary: Short.\nkeywords: a, b\nlastmod: 2024-02-02\nauthors: [Ann, Bo]\ncover_image: https://cdn.example.com/c.png\n---\nx\n");
    expect(readExportMetadata(post.frontMatter, post.body, "p.md")).toMatchObject({
      description: "Short.",
      keywords: ["a", "b"],
      dateModified: "2024-02-02",
      author: "Ann, Bo",
      image: "https://cdn.example.com/c.png",
      canonicalUrl: null,
    });
  });

  it("drops a relative image without a canonical URL to resolve it against, and a canonical URL that is not a web address", () => {
    const post = splitPost("---\nimage: cover.jpg\ncanonical_url: javascript:alert(1)\n---\nx\n");
    expect(readExportMetadata(post.frontMatter, post.body, "p.md")).toMatchObject({ image: null, canonicalUrl: null });
  });
});
