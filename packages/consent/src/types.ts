/** What is known of the visitor's choice for one service. */
export type ConsentDecision = 'granted' | 'denied' | 'unknown';

/** How a service is named in the consent managers' own vocabularies. */
export interface ServiceOptions {
  /** Category or purpose group: Cookiebot's `marketing`, OneTrust's group, cookieconsent's category… Default `marketing`. */
  category?: string;
  /** Vendor id where the manager consents per vendor: an IAB TCF vendor number, a Didomi vendor id. */
  vendor?: string;
}

/** A consent manager's documented public API, seen through one small interface. */
export interface ConsentAdapter {
  /** The value of `data-np-cmp` or `cmp` that selects this adapter. */
  readonly name: string;
  /** True once the manager's script has put its API on the page. */
  isPresent(): boolean;
  /** The manager's answer for a service, `unknown` while the visitor has not chosen. */
  decision(service: string, options: ServiceOptions): ConsentDecision;
  /**
   * Calls `onChange` whenever the visitor's choices may have changed, with `saved` true when the
   * visitor saved their choices in the manager (even unchanged); returns the way to stop.
   */
  watch(onChange: (saved?: boolean) => void): () => void;
  /**
   * Records the visitor's answer for one service in the manager (a click on a placeholder, or
   * its withdrawal), when the manager can do so without recording anything else on the
   * visitor's behalf; false leaves the grant to this package, for this page view.
   */
  decide?(service: string, options: ServiceOptions, granted: boolean): boolean;
  /** Opens the manager's own preferences; false when it cannot. */
  openPreferences?(): boolean;
  /**
   * Whether `openPreferences()` would open them now (the manager's function is there); without
   * this method, having `openPreferences` counts as yes.
   */
  canOpenPreferences?(): boolean;
}

/** Where a decision comes from. */
export type ConsentSource = 'manager' | 'site' | 'click' | 'remembered';

/** What a widget needs to know to show the right controls for a service. */
export interface ConsentState {
  decision: ConsentDecision;
  /**
   * Where a `granted` or `denied` comes from: the consent manager, the site's own banner
   * (`np-consent`), a placeholder click on this page view, or "always allow" in this browser.
   */
  source?: ConsentSource;
  /** The consent manager present on the page (its adapter's name), if any. */
  manager?: string;
  /** A control that opens cookie preferences would do something: a manager that can, or a site that said so. */
  preferences: boolean;
}
