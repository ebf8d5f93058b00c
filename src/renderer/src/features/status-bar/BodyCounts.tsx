import { useLayoutEffect, useRef } from "react";
import type { TextCounts } from "../../../../shared/post/counts";
import type { PostSession } from "../../session/post-session";
import type { DocumentSnapshot } from "../../session/session-status";

const NUMBER = new Intl.NumberFormat();

function describeCounts({ words, characters, readingMinutes }: TextCounts): string {
  const reading = readingMinutes === 0 ? "no reading time" : `${NUMBER.format(readingMinutes)} min read`;
  return `${NUMBER.format(words)} ${words === 1 ? "word" : "words"} · ${NUMBER.format(characters)} ${characters === 1 ? "character" : "characters"} · ${reading}`;
}

/**
 * "812 words · 4,390 characters · 4 min read" for the open post's body. The characters change
 * with every keystroke, so it writes its text straight into the page after each painted frame
 * rather than re-rendering the status bar through React.
 */
export function BodyCounts({ session, countsOf }: { session: PostSession; countsOf: (snapshot: DocumentSnapshot) => TextCounts }) {
  const element = useRef<HTMLSpanElement>(null);
  // Before the first paint, so the bar never shows empty counts.
  useLayoutEffect(() => {
    const show = () => {
      if (element.current) element.current.textContent = describeCounts(countsOf(session.snapshot.get()));
    };
    show();
    return session.snapshot.subscribe(show);
  }, [session, countsOf]);
  return <span ref={element} />;
}
