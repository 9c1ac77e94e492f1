/**
 * The deals on the board, from content/deals.json (shape: dealEntry in src/lib/content/dataSchemas.ts,
 * checked by test/content/deals.test.ts), in the order they were signed. Editors add a deal there,
 * with its sources in content/sources; the board, its table and its settings follow.
 * The client build drops the fields the board does not show (scripts/client-omits.mjs):
 * each deal's research note, and the parties' names, which the deal's name already gives.
 */
import deals from '@content/deals.json' with { type: 'json' };
import type { DealEntry } from '@lib/content/dataSchemas';
import { monthYear } from '@lib/widget/format';
import { text, type DealWords } from './i18n';

export type Deal = Omit<DealEntry, 'note' | 'miner' | 'counterparty'>;

export const DEALS: readonly Deal[] = [...(deals as readonly Deal[])].sort((a, b) => a.signed.localeCompare(b.signed) || a.id.localeCompare(b.id));

/** The most recently signed deal: the board opens on it. */
export const LATEST: Deal = DEALS[DEALS.length - 1]!;

/** A deal's name, site and remark in this edition: content/deals.json's own, or the edition's by deal id (./i18n). */
export const dealWords = (d: Deal): DealWords => text.deals[d.id] ?? d;

/** "IREN–Microsoft (Nov 2025)": a deal as the select lists it. */
export const dealOption = (d: Deal) => ({ value: d.id, label: text.dealOption(dealWords(d).name, monthYear(d.signed, true)) });

/** Every source the deals cite, once each, in board order. */
export const DEAL_SOURCE_IDS: readonly string[] = [...new Set(DEALS.flatMap((d) => d.sourceIds))];
