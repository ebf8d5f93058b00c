/** The help text: lists only commands that exist, so a writer never tries one that does not. */
export const USAGE = `Usage: clearpost <command> [options]

Commands:
  serve    Write in your web browser instead of the desktop app. Serves Clearpost on this
           computer only (127.0.0.1) and prints the address to open.
             --posts DIR   the posts folder (default: the last one used, else ~/Documents/Clearpost)
             --port N      the port to listen on (default: any free port)
  check    Report how easy posts are to read: the grade against the target, the readability
           scores, counts, structure checks, and what to fix first (line:column).
             clearpost check POST.md… [options]
             --json         one JSON object per post per line (JSON Lines), in argument order
             --max-grade N  exit with 1 when a post reads above grade N (to gate a site build)
             --target N     the grade to aim for when a post's front matter sets no
                            readability_target (default: 8)
  keywords Print the phrases each post is most about, best first, one per line
           (the same suggestions as the app; \`check --json\` adds the keyphrase checks).
             clearpost keywords POST.md…
  export   Write posts as standalone HTML pages, with the app's theme, metadata for search
           engines and social cards, and their images inlined.
             clearpost export POST.md… [options]
             -o, --out PATH      a folder for the pages, or a file.html for one post
                                 (default: each page beside its post)
             --fragment          write the post's body alone, for pasting into a blog engine
             --images MODE       inline (default): images inside the page as data;
                                 folder: copied into NAME_files/ beside the page
             --no-inline-images  the same as --images folder
             --posts DIR         the folder images may come from (default: each post's folder)
             --force             replace files that are not earlier Clearpost exports
           clearpost export --all DIR [-o OUTDIR] [--images MODE] [--force]
                                 every post of DIR that is not a draft, plus an index.html
                                 listing them newest first: a site to upload
                                 (default OUTDIR: DIR/export)

Options:
  -h, --help   show this help
`;
