/** The shape of one entry of the plain-alternatives list (kept apart so the generated list can import it). */

/** A plainer way to say a phrase. */
export interface PlainAlternative {
  /** Plainer words or phrases to use instead. */
  readonly replace: readonly string[];
  /** True when the phrase can often simply be cut. */
  readonly omit?: true;
}
