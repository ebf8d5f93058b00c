/** Is the keyphrase in the slug, the post's address? */
import { plainTextStems, type Keyphrase } from "../keyphrase";
import type { KeywordCheck } from "../keyword-check";
import type { PostOutline } from "../post-outline";

/** Good when the slug has every content word of the keyphrase, ok when it has some, bad when none. */
export function checkKeyphraseInSlug(keyphrase: Keyphrase, outline: PostOutline): KeywordCheck {
  const id = "keyphrase-in-slug";
  const slugStems = new Set(plainTextStems(outline.slug.replace(/[-_.+/]+/g, " ")).flat());
  const found = keyphrase.stems.filter((stem) => slugStems.has(stem)).length;
  if (found > 0 && found === keyphrase.stems.length) return { id, status: "good", message: `The slug “${outline.slug}” has the keyphrase.` };
  if (found > 0) return { id, status: "ok", message: `The slug “${outline.slug}” has some of the keyphrase's words; give it all of them.` };
  return { id, status: "bad", message: `The slug “${outline.slug}” does not have the keyphrase. Set front matter \`slug\` or rename the file.` };
}
