/**
 * Word counts and grades for the posts list. Grading a post takes milliseconds (about 5 ms for
 * 600 words, half a second for 100,000), too slow to do for a thousand posts while listing them,
 * so the list shows first and asks for these in small batches, and the grading runs in a worker
 * thread (statistics-grader.ts) so other calls are answered meanwhile; each result is kept by the
 * post's content version, so only a changed post is graded again.
 */
import type { PostStatistics } from "../../shared/api/contract";
import type { PostId, PostVersion } from "../../shared/model/post";
import type { PostLibrary } from "../library";
import type { StatisticsGrader } from "./statistics-grader";

/** Answers "how long and how hard is each of these posts?" for one library. */
export class PostStatisticsService {
  readonly #library: PostLibrary;
  readonly #grader: StatisticsGrader;
  readonly #known = new Map<PostId, { readonly version: PostVersion; readonly statistics: PostStatistics }>();

  /** `grader` may be shared with other libraries: it holds no state of this one. */
  constructor(library: PostLibrary, grader: StatisticsGrader) {
    this.#library = library;
    this.#grader = grader;
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
      const statistics = await this.#grader.grade(id, document.text);
      this.#known.set(id, { version: document.version, statistics });
      result.push(statistics);
    }
    return result;
  }
}
