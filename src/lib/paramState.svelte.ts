import { defaults, mergeQuery, parseParams, type Schema, type Values } from './params';
import type { WidgetMeta } from '@widgets/types';

/**
 * A widget's inputs as reactive state, read from and written to the URL query.
 * The server renders defaults (or `initialQuery`); in the browser the page's query wins once
 * `connect()` runs, and every later change is written back with history.replaceState, throttled.
 */
export class ParamState<S extends Schema> {
  values: Values<S> = $state() as Values<S>;
  notes: string[] = $state([]);
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly meta: WidgetMeta<S>,
    initialQuery = '',
  ) {
    const parsed = initialQuery ? parseParams(meta.schema, initialQuery, meta.prefix) : { values: defaults(meta.schema), notes: [] };
    this.values = parsed.values;
    this.notes = parsed.notes;
  }

  /** Reads the page's query (browser only). Call once after mount. */
  connect(search: string) {
    const parsed = parseParams(this.meta.schema, search, this.meta.prefix);
    this.values = parsed.values;
    this.notes = parsed.notes;
  }

  set<K extends keyof S>(name: K, value: Values<S>[K]) {
    this.values[name] = value;
    this.notes = [];
    this.#scheduleUrlWrite();
  }

  /** Sets several values at once, e.g. a preset. */
  assign(partial: Partial<Values<S>>) {
    Object.assign(this.values, partial);
    this.notes = [];
    this.#scheduleUrlWrite();
  }

  /** The query string for the current values, for share links and embeds. */
  query(): string {
    return mergeQuery('', this.meta.schema, this.values, this.meta.prefix);
  }

  #scheduleUrlWrite() {
    if (typeof window === 'undefined') return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const url = new URL(window.location.href);
      url.search = mergeQuery(url.search, this.meta.schema, this.values, this.meta.prefix);
      try {
        window.history.replaceState(window.history.state, '', url);
      } catch {
        /* sandboxed frames may refuse history writes; the widget still works */
      }
    }, 150);
  }
}
