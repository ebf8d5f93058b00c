/**
 * fast-check arbitraries for hostile posts: corpus vectors mutated and spliced, and documents
 * built from Markdown syntax and HTML/URL tricks.
 */
import fc from "fast-check";

/** Pieces that open, close or disguise markup, URLs and Markdown structure. */
export const TRICKS: readonly string[] = [
  "<script>", "</script>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<svg>", "</svg>",
  "<math>", "<mtext>", "<mglyph>", "<malignmark>", "<annotation-xml encoding=\"text/html\">", "<foreignObject>", "<desc>", "<title>",
  "<style>", "</style>", "<template>", "</template>", "<noscript>", "</noscript>", "<textarea>", "</textarea>", "<xmp>", "</xmp>",
  "<iframe src=", "<iframe srcdoc=\"<script>alert(1)</script>\">", "<form action=https://attacker.example>", "<input onfocus=alert(1) autofocus>",
  "<button formaction=javascript:alert(1)>", "<meta http-equiv=refresh content=\"0;url=https://attacker.example\">", "<base href=//attacker.example/>",
  "<link rel=stylesheet href=https://attacker.example/x.css>", "<object data=", "<embed src=", "<video src=x onerror=alert(1)>", "<audio src=",
  "<source src=", "<map name=m><area href=javascript:alert(1)>", "<details open ontoggle=alert(1)>", "<summary>", "</details>", "<a href=\"",
  "<a href=", "</a>", "<img src=\"", "<img src=", "<p title=\"", "<div ", "<span style=\"background:url(//attacker.example/x)\">", "<table>", "<td>",
  "<tr>", "</table>", "<select><option>", "<keygen>", "<isindex>", "<plaintext>", "<listing>", "<frameset>", "<applet>", "<portal>", "<webview>",
  " onload=alert(1)", " onerror=alert(1) ", " onclick=\"alert(1)\"", " style=\"x:expression(alert(1))\"", " srcset=\"//attacker.example/1x.png 1x\"",
  " id=\"getElementById\"", " name=\"body\"", " id=\"location\"", " name=\"attributes\"", " xlink:href=\"javascript:alert(1)\"", " href=\"javascript:alert(1)\"",
  " formaction=\"javascript:alert(1)\"", " background=\"//attacker.example/x\"", " ping=\"https://attacker.example\"", " poster=\"//attacker.example/p\"",
  "javascript:", "JaVaScRiPt:", "java\tscript:", "java\nscript:", "java&#x09;script:", "&#106;avascript:", "&#x6A;", "&#0000106", "javascript&colon;",
  "&#58;", "%3A", "vbscript:", "livescript:", "data:text/html,", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "data:image/svg+xml,",
  "file:///etc/passwd", "\\\\attacker.example\\share", "//attacker.example/x", "/\\attacker.example", "https://attacker.example/x.png", "alert(1)",
  "<!--", "-->", "--!>", "<![CDATA[", "]]>", "<?", "?>", "<!DOCTYPE html>", "<", ">", "</", "/>", "=", "\"", "'", "`", " ", "\t", "&", ";", "&amp;",
  "&lt;", "&gt;", "&quot;", "&#0;", "&NewLine;", "&Tab;", "\u0000", "\u0001", "\u2028", "\u00a0", "\ufeff", "\u202e", "ｊａｖａｓｃｒｉｐｔ:",
];

/** Markdown syntax that changes how the tricks around it are parsed. */
export const MARKDOWN: readonly string[] = [
  "\n", "\n\n", "[x](", ")", "](", "[x]: ", "\n[x]: javascript:alert(1)\n", "[x]", "![y](", "<https://", "<javascript:alert(1)>", "<mailto:a@b>",
  "[^1]", "[^1]: ", "```", "```js", "```\"><img src=x onerror=alert(1)>\n", "~~~", "    ", "> ", "- ", "- [ ] ", "1. ", "# ", "===\n", "---\n",
  "| a | b |\n|---|---|\n| ", " | ", "*", "_", "**", "~~", "\\", "www.example.com", "https://example.com/", "\"title\"", "---\ntitle: ", "\n---\n",
  "!!js/function ", "__proto__: ", "  ", "\\<", "\\>", "`<script>`",
];

/** One piece of a built document: a trick, some syntax, or random text (printable, control characters, any script). */
const fragment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...TRICKS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary-ascii", maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 3 }) },
);

/** An edit to a document: at a relative position, remove some characters and insert a fragment. */
const mutation = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fragment,
});

/** Hostile documents over `corpus`: mutated vectors (4 in 8), built documents (3 in 8), two vectors spliced (1 in 8). */
export function hostileDocument(corpus: readonly string[]): fc.Arbitrary<string> {
  const built = fc.array(fragment, { maxLength: 40 }).map((pieces) => pieces.join(""));
  const mutated = fc.tuple(fc.constantFrom(...corpus), fc.array(mutation, { maxLength: 6 })).map(([text, edits]) =>
    edits.reduce((current, edit) => {
      const at = Math.floor(edit.at * current.length);
      return current.slice(0, at) + edit.insert + current.slice(at + edit.remove);
    }, text),
  );
  // One vector's open tag meets the other's content.
  const spliced = fc
    .tuple(fc.constantFrom(...corpus), fc.constantFrom(...corpus), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([a, b, cutA, cutB]) => a.slice(0, Math.floor(cutA * a.length)) + b.slice(Math.floor(cutB * b.length)));
  return fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 3, arbitrary: built }, { weight: 1, arbitrary: spliced });
}

/**
 * Posts of `count` hostile documents joined by blank lines. DOMPurify over jsdom spends ~4 ms
 * building a document per call whatever the input's size, so the fuzz test checks several
 * documents per post; the post is itself hostile (one document's open tags meet the next one's
 * content), and fast-check shrinks a failing post down to the documents that matter.
 */
export function hostilePost(corpus: readonly string[], count: number): fc.Arbitrary<string[]> {
  return fc.array(hostileDocument(corpus), { minLength: count, maxLength: count });
}
