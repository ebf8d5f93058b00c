/**
 * Word counts and grades for the posts list. Grading a post takes milliseconds (about 5 ms for
 * 600 words), too slow to do for a thousand posts while listing them, so the list shows first and
 * asks for these in small batches; each result is kept by the post's content version, so only a
 * changed post is graded again.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import type { PostStatistics } from "../../shared/api/contract";
import type { PostId, PostVersion } from "../../shared/model/post";
import { countText } from "../../shared/post/counts";
import { splitPost } from "../../shared/post/front-matter";
import { readabilityReport } from "../../shared/readability";
import type { PostLibrary } from "../library";

/** The statistics of a post's text. */
function statisticsOf(id: PostId, text: string): PostStatistics {
  const grade = readabilityReport(text).grade;
  return { id, words: countText(splitPost(text).body).words, grade: grade === null ? null : Math.round(grade * 10) / 10 };
}

/** Answers "how long and how hard is each of these posts?" for one library. */
export class PostStatisticsService {
  readonly #library: PostLibrary;
  readonly #known = new Map<PostId, { readonly version: PostVersion; readonly statistics: PostStatistics }>();

  constructor(library: PostLibrary) {
    this.#library = library;
  }

  /** The statistics of the posts `ids` that can be read (others are left out), in the order asked. */
  async statistics(ids: readonly PostId[]): Promise<PostStatistics[]> {
    const result: PostStatistics[] = [];
    for (const id of ids) {
      const document = await this.#library.read(id).catch(() => null);
      if (document === null || document.readOnly !== null) continue;
      const known = this.#known.get(id);
      if (known?.version === document.version) {
        result.push(known.statistics);
        continue;
      }
      const statistics = statisticsOf(id, document.text);
      this.#known.set(id, { version: document.version, statistics });
      result.push(statistics);
      // Let saves and other calls in between: grading is the one slow step.
      await nextTurn();
    }
    return result;
  }
}
