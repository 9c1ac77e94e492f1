/**
 * The deals on the board, from content/deals.json (shape: dealEntry in src/lib/content/dataSchemas.ts,
 * checked by test/content/deals.test.ts), in the order they were signed. Editors add a deal there,
 * with its sources in content/sources; the board, its table and its settings follow.
 * Only the fields the board shows are imported, picked at build time: each deal's research note
 * (and the parties' names, which the deal's name already gives) stays out of the browser's download.
 */
import deals from '@content/deals.json?fields=id,name,backstop,kind,signed,valueUsd,valueBasis,termYears,termBasis,mw,mwBasis,mwIt,site,sourceIds,confidence,remark';
import type { DealEntry } from '@lib/content/dataSchemas';
import { monthYear } from '@lib/widget/format';

export type Deal = Omit<DealEntry, 'note' | 'miner' | 'counterparty'>;

export const DEALS: readonly Deal[] = [...(deals as Deal[])].sort((a, b) => a.signed.localeCompare(b.signed) || a.id.localeCompare(b.id));

/** The most recently signed deal: the board opens on it. */
export const LATEST: Deal = DEALS[DEALS.length - 1]!;

/** "IREN–Microsoft (Nov 2025)": a deal as the select lists it. */
export const dealOption = (d: Deal) => ({ value: d.id, label: `${d.name} (${monthYear(d.signed, true)})` });

/** Every source the deals cite, once each, in board order. */
export const DEAL_SOURCE_IDS: readonly string[] = [...new Set(DEALS.flatMap((d) => d.sourceIds))];
