import { mergeQuery, parseParams, withStartValues, type Schema, type Values } from './params';
import { getContext, onMount, setContext } from 'svelte';
import type { WidgetMeta } from './define';
import type { SourceRef } from './provenance';
import { provideRecord } from './readoutRecord';
import { whenQuiet } from './quiet';

/**
 * How long the inputs stay still before the URL follows them. One history.replaceState took 0.5
 * to 28 ms at 4× CPU throttling in Chromium, so it waits for a pause longer than a reader's
 * deliberate key presses and never runs between the steps of a drag.
 */
const URL_QUIET_MS = 400;

/**
 * A widget's inputs as reactive state, read from and written to the URL query.
 * The server renders defaults (or `initialQuery`); in the browser the page's query wins once
 * `connect()` runs, and every later change is written back with history.replaceState once the
 * inputs pause (URL_QUIET_MS).
 * A chapter may set starting values as props (`<SqueezeCalculator power={0.06} />`), or start the
 * widget at one of its dated presets (`<SqueezeCalculator preset="nov-2025" />`, its values under
 * any single props given too): the widget passes its props as `start`, and they replace the
 * defaults on that page.
 */
export class ParamState<S extends Schema> {
  // Raw state, replaced whole on every change: no deep proxy, so no proxy code on the page.
  values: Values<S> = $state.raw() as Values<S>;
  notes: string[] = $state.raw([]);
  readonly #urlWrite = whenQuiet(() => this.#writeUrl(), URL_QUIET_MS);
  /** The schema with this page's starting values as defaults: URLs on the page are read and written against it. */
  readonly #start: S;

  constructor(
    readonly meta: WidgetMeta<S>,
    initialQuery = '',
    /** The widget's props from MDX; only keys of the schema are used. */
    start: Record<string, unknown> = {},
  ) {
    const preset = meta.presets?.find((p) => p.id === start.preset);
    this.#start = withStartValues(meta.schema, { ...preset?.values, ...start });
    const parsed = parseParams(this.#start, initialQuery, meta.prefix);
    this.values = parsed.values;
    this.notes = parsed.notes;
  }

  /** Reads the page's query (browser only). Call once after mount. */
  connect(search: string) {
    const parsed = parseParams(this.#start, search, this.meta.prefix);
    this.values = parsed.values;
    this.notes = parsed.notes;
  }

  set<K extends keyof S>(name: K, value: Values<S>[K]) {
    this.values = { ...this.values, [name]: value };
    this.notes = [];
    this.#scheduleUrlWrite();
  }

  /** Sets several values at once, e.g. a preset. */
  assign(partial: Partial<Values<S>>) {
    this.values = { ...this.values, ...partial };
    this.notes = [];
    this.#scheduleUrlWrite();
  }

  /**
   * The query string for the current values, for share links and embeds. Keys whose starting
   * value differs from the widget's default are always written, so the link means the same on
   * this page and on the embed page.
   */
  query(): string {
    const params = new URLSearchParams(mergeQuery('', this.meta.schema, this.values, this.meta.prefix));
    for (const [name, spec] of Object.entries(this.#start)) {
      const key = this.meta.prefix ? `${this.meta.prefix}.${spec.key}` : spec.key;
      if (spec.default !== this.meta.schema[name]!.default && !params.has(key)) params.set(key, String((this.values as Record<string, unknown>)[name]));
    }
    const s = params.toString();
    return s ? `?${s}` : '';
  }

  #scheduleUrlWrite() {
    if (typeof window !== 'undefined') this.#urlWrite.poke();
  }

  #writeUrl() {
    if (typeof window === 'undefined') return; // the page (or a test's DOM) has gone
    const search = mergeQuery(location.search, this.#start, this.values, this.meta.prefix);
    if (search === location.search) return;
    const url = new URL(location.href);
    url.search = search;
    try {
      history.replaceState(history.state, '', url);
    } catch {
      /* sandboxed frames may refuse history writes; the widget still works */
    }
  }

  /** Writes a waiting change to the URL now. */
  flushUrl() {
    this.#urlWrite.flush();
  }

  /** Drops a URL write still waiting, when the widget goes away. */
  dispose() {
    this.#urlWrite.cancel();
  }
}

const STILL = Symbol('still');
/**
 * Where the live widget is, when this one is a still (a server-rendered widget with its settings
 * fixed, placed `still` in a chapter that revisits it: scripts/islands.mjs passes the address as
 * the `still` prop); undefined otherwise, and always in the browser, where no still runs.
 */
export const stillHref = (): string | undefined => (import.meta.env.SSR ? getContext<string | undefined>(STILL) : undefined);

/**
 * A widget root's set-up in one call, during component initialisation: starts the record its
 * readouts join and their popovers cite sources from (readoutRecord.ts), creates its parameter state with the chapter's starting values (`start`, the
 * widget's other props) and, once mounted, reads the page's query (unless `connect` is false,
 * e.g. in a scrolly, where the scroll position is the state).
 */
export function widgetState<S extends Schema>(
  meta: WidgetMeta<S>,
  sources: Record<string, SourceRef> | undefined,
  { start = {}, connect = true }: { start?: Record<string, unknown>; connect?: boolean } = {},
): ParamState<S> {
  provideRecord(sources);
  if (import.meta.env.SSR && typeof start.still === 'string') setContext(STILL, start.still);
  const p = new ParamState(meta, '', start);
  onMount(() => {
    if (connect) p.connect(location.search);
    // A click anywhere first writes a waiting change: the language switch copies the URL's query
    // when clicked, and a reader may click it within the quiet time of a slider's last step.
    const flush = () => p.flushUrl();
    document.addEventListener('click', flush, true);
    return () => {
      document.removeEventListener('click', flush, true);
      p.dispose();
    };
  });
  return p;
}
