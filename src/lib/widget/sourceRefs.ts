/**
 * The sources a widget's provenance popovers cite, shared with every <Readout> inside it through
 * Svelte context: the widget's root calls `provideSources(sources)` once with its `sources` prop.
 */
import { getContext, setContext } from 'svelte';
import type { SourceRef } from './provenance';

const KEY = Symbol('source-refs');

export function provideSources(sources: Record<string, SourceRef> | undefined) {
  setContext(KEY, sources ?? {});
}

export const sourcesInContext = (): Record<string, SourceRef> => getContext<Record<string, SourceRef> | undefined>(KEY) ?? {};
