/**
 * A widget instance's readouts as data, shared through Svelte context: its root creates the record
 * (widgetState) with the widget's sources, each <Readout> adds itself as it renders, and
 * <ProvenanceRecord> (last in the widget) writes them out once, as the JSON data block popovers
 * are built from before hydration (and in scrolly snapshots, which never hydrate) and as the
 * section readers without JavaScript get. The sources are also what popovers cite.
 */
import { getContext, setContext } from 'svelte';
import type { Readout } from './define';
import type { SourceRef, WidgetRecord } from './provenance';

const KEY = Symbol('readout-record');

export class ReadoutRecord {
  readonly readouts = new Map<string, Readout>();
  constructor(readonly sources: Record<string, SourceRef>) {}

  add(r: Readout) {
    this.readouts.set(r.id, r);
  }

  /** The data block's text: each readout's label and provenance, and only the sources they cite. */
  json(): string {
    const record: WidgetRecord = { readouts: {}, sources: {} };
    for (const r of this.readouts.values()) {
      record.readouts[r.id] = { label: r.label, provenance: r.provenance };
      for (const i of r.provenance.inputs) if (i.sourceId && this.sources[i.sourceId]) record.sources[i.sourceId] = this.sources[i.sourceId]!;
    }
    // "<" escaped, so no text in it can end the <script> block.
    return JSON.stringify(record).replace(/</g, '\\u003c');
  }
}

/** Called once by a widget's root (through widgetState) with its `sources` prop. */
export function provideRecord(sources: Record<string, SourceRef> | undefined): ReadoutRecord {
  // In the browser only the sources are read (popovers cite them): the class stays on the server.
  return setContext(KEY, import.meta.env.SSR ? new ReadoutRecord(sources ?? {}) : ({ sources: sources ?? {} } as ReadoutRecord));
}

export const recordInContext = (): ReadoutRecord | undefined => getContext<ReadoutRecord | undefined>(KEY);

/** The widget's sources, for its popovers. */
export const sourcesInContext = (): Record<string, SourceRef> => recordInContext()?.sources ?? {};
