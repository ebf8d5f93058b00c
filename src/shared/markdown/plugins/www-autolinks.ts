/**
 * GitHub's `www.` autolinks: `www.example.com/page` becomes a link without `https://`. linkify-it 6
 * (markdown-it 15) no longer matches scheme-less links by default, and turning its fuzzy mode back
 * on would also link `readme.md` and `notes.py` (`.md` and `.py` are country domains), so only
 * text starting with `www.` is added, validated by linkify-it's own http rules.
 */
import type { MarkdownIt } from "markdown-it";

const PREFIX = "www.";

export function wwwAutolinks(md: MarkdownIt): void {
  md.linkify.add(PREFIX, {
    validate(text, pos, self) {
      // The http validator matches what follows `http:`; give it `//www.` and the rest. It is a
      // sticky regular expression shared with linkify-it's own rules: always start it at 0.
      const validator = self.re.get_http_validator();
      validator.lastIndex = 0;
      const match = validator.exec(`//${PREFIX}${text.slice(pos)}`);
      return match ? match[0].length - 2 - PREFIX.length : 0;
    },
    normalize(match) {
      // GitHub links `www.` addresses with http:, as its spec says; the site redirects to https.
      match.url = `http://${match.url}`;
    },
  });
}
