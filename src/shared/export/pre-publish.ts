/**
 * The pre-publish check: what a post still lacks before it goes out (issue 5, export 4). It asks
 * the engines the app already has: the keyword engine's post and focus-keyphrase checks (one H1,
 * alt texts, the keyphrase's places), the readability grade against the target, and the post's
 * local links and images, which the caller checks on disk (this layer has no file system).
 */
import { keywordReport } from "../keywords";
import { readMarkdownOutline } from "../keywords/markdown-outline";
import { isRelativeImageSource, localImagePath } from "../markdown/local-images";
import { fileStem, readPostHeader } from "../post/fields";
import { splitPost } from "../post/front-matter";
import { createReadabilityAnalyzer } from "../readability";

/** One thing to fix before publishing, in a writer's words. */
export interface PublishProblem {
  /** What kind of problem: "title", "description", a keyword check's id, "readability", "missing-file". */
  readonly id: string;
  readonly message: string;
}

/** A relative link or image of the post, as a posts-folder path the caller checks exists. */
export interface LocalReference {
  readonly kind: "link" | "image";
  /** As written in the post. */
  readonly written: string;
  /** The posts-folder path it names (segments joined by `/`), or null when it climbs out of the folder. */
  readonly path: string | null;
}

/** What the text alone tells, and the local references left to check on disk. */
export interface PrePublishReading {
  readonly problems: readonly PublishProblem[];
  readonly references: readonly LocalReference[];
}

// The keyword checks that name a missing piece of the page rather than a matter of style.
const PUBLISH_POST_CHECKS: ReadonlySet<string> = new Set(["single-h1", "image-alt-text"]);

/** A link's target without its `#fragment` and `?query`: the file it names. */
function linkedFile(href: string): string {
  return href.replace(/[?#].*$/, "");
}

/** The local links and images of a post, resolved from its folder, each once. */
function localReferences(postId: string, text: string): LocalReference[] {
  const { body, bodyOffset } = splitPost(text);
  const outline = readMarkdownOutline(body, bodyOffset);
  const references = new Map<string, LocalReference>();
  // Relative paths only: web addresses, in-page anchors and site-relative links (`/about`) point into the published site.
  for (const image of outline.images) {
    if (isRelativeImageSource(image.src)) references.set(`image ${image.src}`, { kind: "image", written: image.src, path: localImagePath(postId, image.src) });
  }
  for (const link of outline.links) {
    const file = linkedFile(link.href.trim());
    if (isRelativeImageSource(file)) references.set(`link ${link.href}`, { kind: "link", written: link.href, path: localImagePath(postId, file) });
  }
  return [...references.values()];
}

/** Reads post `postId` (`text`, front matter included) for the pre-publish check, against readability `target`. */
export function readBeforePublishing(postId: string, text: string, target: number): PrePublishReading {
  const post = splitPost(text);
  const header = readPostHeader(post.frontMatter);
  const problems: PublishProblem[] = [];
  if (header.title === null) problems.push({ id: "title", message: "The post has no title: add `title` to the front matter." });
  if (header.description === null) problems.push({ id: "description", message: "The post has no description for search results and social cards: add `description` to the front matter." });
  const keywords = keywordReport(text, { slug: fileStem(postId) });
  for (const check of keywords.post) {
    if (PUBLISH_POST_CHECKS.has(check.id) && check.status === "bad") problems.push({ id: check.id, message: check.message });
  }
  for (const check of keywords.focus?.checks ?? []) {
    if (check.status === "bad") problems.push({ id: check.id, message: `Focus keyphrase “${keywords.focus?.phrase ?? ""}”: ${check.message}` });
  }
  const { grade, target: postTarget } = createReadabilityAnalyzer().report(text, { target });
  if (grade !== null && grade > postTarget) problems.push({ id: "readability", message: `It reads at grade ${grade.toFixed(1)}, above the target of grade ${postTarget}.` });
  return { problems, references: localReferences(postId, text) };
}

/** The problem of a local link or image that names no file in the posts folder. */
export function missingFileProblem(reference: LocalReference): PublishProblem {
  const what = reference.kind === "image" ? "The image" : "The link to";
  const where = reference.path === null ? "points outside the posts folder" : "names no file in the posts folder";
  return { id: "missing-file", message: `${what} “${reference.written}” ${where}, so it will be broken once published.` };
}
