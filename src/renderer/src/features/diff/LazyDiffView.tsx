/** DiffView loaded when a dialog first shows a diff: the diff engine is not needed for the first frame. */
import { lazy, Suspense, type ComponentProps } from "react";

const DiffView = lazy(() => import("./DiffView").then((module) => ({ default: module.DiffView })));

/** DiffView, with a line saying the comparison is on its way while its code loads. */
export function LazyDiffView(props: ComponentProps<typeof DiffView>) {
  return (
    <Suspense fallback={<p className="diff-summary">Comparing…</p>}>
      <DiffView {...props} />
    </Suspense>
  );
}
