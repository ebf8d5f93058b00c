import { useStoreValue } from "../store";
import type { ErrorLog } from "./errors";

const everything = <T,>(value: T) => value;

/** Shows each reported failure as a visible, dismissable alert. */
export function ErrorAlerts({ log }: { log: ErrorLog }) {
  const errors = useStoreValue(log.shown, everything);
  if (errors.length === 0) return null;
  return (
    <div className="error-alerts">
      {errors.map((error) => (
        <div key={error.id} role="alert" className="banner banner-error">
          <p className="banner-message">{error.message}</p>
          <button type="button" className="button button-quiet" onClick={() => log.dismiss(error.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
