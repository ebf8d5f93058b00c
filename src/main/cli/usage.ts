/** The help text: lists only commands that exist, so a writer never tries one that does not. */
export const USAGE = `Usage: clearpost <command> [options]

Commands:
  serve    Write in your web browser instead of the desktop app. Serves Clearpost on this
           computer only (127.0.0.1) and prints the address to open.
             --posts DIR   the posts folder (default: the last one used, else ~/Documents/Clearpost)
             --port N      the port to listen on (default: any free port)

Options:
  -h, --help   show this help
`;
