/**
 * Hardware catalog: Bitcoin ASICs and AI GPUs with their sourced specs.
 *
 * SOURCE_IDS used below (match them to the fact sheet, shared/facts/facts.md):
 * - 'asics-tools': nhamilton1/asics-tools, src/utils/asic-queries/asicWattList.ts
 *   (community spec list; fact sheet C01–C08). The plain S19 (95 TH/s, 3,250 W)
 *   is read from the same list but is not in the fact sheet yet; S19 Pro, S21+
 *   and S21 Pro are in the fact sheet but not yet in content/facts.json.
 * - 'lockwood-h100': Glenn Lockwood's H100 notes, NVIDIA datasheet numbers (D01, D02).
 * - 'nvidia-h100-pcie-brief': NVIDIA H100 PCIe product brief PB-11133-001_v02 (D03).
 * - 'cheah-2024': Eugene Cheah, "$2 H100s: How the GPU Rental Bubble Burst",
 *   Latent Space, 2024-10-11, citing TechPowerUp (D04).
 * - 'pcgamer-4090': PC Gamer, RTX 4090 release date, price and specs (D05);
 *   its 450 W and ~165 TFLOPS come from secondary spec datasets ('gpu-spec-datasets',
 *   D06, medium/low confidence).
 *
 * Efficiency is derived, never typed in: J/TH = W ÷ TH/s; W per TFLOPS = W ÷
 * TFLOPS. Unknown values are `null`, never guessed. `factIds` are ids in
 * content/facts.json whose values these entries repeat (a test keeps them equal).
 *
 * S19j Pro: the list gives 29.5 J/TH with bins of 100 TH/s at 3,050 W (30.5 J/TH)
 * and 104 TH/s at 3,068 W (29.5 J/TH). The 104 TH/s bin is used because it is
 * the one consistent with 29.5 J/TH and with Hashrate Index's breakeven (fact C03).
 */

/** The source ids above, so tests can check every model cites one of them. */
export const CATALOG_SOURCE_IDS = ['asics-tools', 'lockwood-h100', 'nvidia-h100-pcie-brief', 'cheah-2024', 'pcgamer-4090'] as const;
export type CatalogSourceId = (typeof CATALOG_SOURCE_IDS)[number];

/** A Bitcoin mining ASIC. */
export interface AsicModel {
  id: string;
  name: string;
  kind: 'asic';
  hashrateThs: number;
  powerW: number;
  /** powerW ÷ hashrateThs. */
  efficiencyJPerTh: number;
  launchYear: number | null;
  priceUsd: number | null;
  sourceId: CatalogSourceId;
  /** Ids in content/facts.json for these numbers. */
  factIds: string[];
}

/** A GPU used for AI. */
export interface GpuModel {
  id: string;
  name: string;
  kind: 'gpu';
  /** Dense BF16 throughput, TFLOPS (null when not found). */
  bf16Tflops: number | null;
  /** Board power (TDP), W. */
  powerW: number;
  /** powerW ÷ bf16Tflops (null when TFLOPS unknown). */
  efficiencyWPerTflops: number | null;
  launchYear: number | null;
  priceUsd: number | null;
  sourceId: CatalogSourceId;
  /** Ids in content/facts.json for these numbers. */
  factIds: string[];
}

export type HardwareModel = AsicModel | GpuModel;

type AsicSpec = Omit<AsicModel, 'kind' | 'efficiencyJPerTh' | 'priceUsd' | 'sourceId'>;
type GpuSpec = Omit<GpuModel, 'kind' | 'efficiencyWPerTflops'>;

function asic(spec: AsicSpec): AsicModel {
  const efficiencyJPerTh = spec.powerW / spec.hashrateThs;
  return { ...spec, kind: 'asic', efficiencyJPerTh, priceUsd: null, sourceId: 'asics-tools' };
}

function gpu(spec: GpuSpec): GpuModel {
  const efficiencyWPerTflops = spec.bf16Tflops === null ? null : spec.powerW / spec.bf16Tflops;
  return { ...spec, kind: 'gpu', efficiencyWPerTflops };
}

/** ASICs, oldest first. Bitmain list prices were not found (fact C09), so prices are null. */
export const ASIC_MODELS: readonly AsicModel[] = [
  asic({ id: 's9', name: 'Antminer S9', hashrateThs: 13.5, powerW: 1323, launchYear: 2016, factIds: ['asic-s9-ths', 'asic-s9-watts', 'asic-s9-jth', 'asic-s9-launch-year'] }),
  asic({ id: 's19', name: 'Antminer S19', hashrateThs: 95, powerW: 3250, launchYear: null, factIds: [] }),
  asic({ id: 's19-pro', name: 'Antminer S19 Pro', hashrateThs: 110, powerW: 3250, launchYear: null, factIds: [] }),
  asic({ id: 's19j-pro', name: 'Antminer S19j Pro', hashrateThs: 104, powerW: 3068, launchYear: null, factIds: ['asic-s19j-pro-jth'] }),
  asic({ id: 's19-xp', name: 'Antminer S19 XP', hashrateThs: 140, powerW: 3010, launchYear: null, factIds: ['asic-s19-xp-ths', 'asic-s19-xp-watts', 'asic-s19-xp-jth'] }),
  asic({ id: 's21', name: 'Antminer S21', hashrateThs: 200, powerW: 3500, launchYear: 2023, factIds: ['asic-s21-ths', 'asic-s21-watts', 'asic-s21-jth', 'asic-s21-launch-year'] }),
  asic({ id: 's21-plus', name: 'Antminer S21+', hashrateThs: 216, powerW: 3564, launchYear: null, factIds: [] }),
  asic({ id: 's21-pro', name: 'Antminer S21 Pro', hashrateThs: 234, powerW: 3510, launchYear: null, factIds: [] }),
  asic({ id: 's21-xp', name: 'Antminer S21 XP', hashrateThs: 270, powerW: 3645, launchYear: null, factIds: ['asic-s21-xp-ths', 'asic-s21-xp-watts', 'asic-s21-xp-jth'] }),
];

/** GPUs. H100 prices vary by deal ($25–30k per GPU, fact D08), so no single price is given. */
export const GPU_MODELS: readonly GpuModel[] = [
  gpu({ id: 'a100-sxm', name: 'NVIDIA A100 SXM', bf16Tflops: 312, powerW: 400, launchYear: 2020, priceUsd: null, sourceId: 'cheah-2024', factIds: ['a100-bf16-dense-tflops', 'a100-watts'] }),
  gpu({ id: 'h100-sxm', name: 'NVIDIA H100 SXM', bf16Tflops: 989.4, powerW: 700, launchYear: 2022, priceUsd: null, sourceId: 'lockwood-h100', factIds: ['h100-sxm-bf16-dense-tflops', 'h100-sxm-watts'] }),
  gpu({ id: 'h100-pcie', name: 'NVIDIA H100 PCIe', bf16Tflops: null, powerW: 350, launchYear: 2022, priceUsd: null, sourceId: 'nvidia-h100-pcie-brief', factIds: ['h100-pcie-watts'] }),
  gpu({ id: 'rtx-4090', name: 'NVIDIA GeForce RTX 4090', bf16Tflops: 165, powerW: 450, launchYear: 2022, priceUsd: 1599, sourceId: 'pcgamer-4090', factIds: ['rtx4090-launch-price', 'rtx4090-watts'] }),
];

/** Every model, ASICs first. */
export const HARDWARE_CATALOG: readonly HardwareModel[] = [...ASIC_MODELS, ...GPU_MODELS];

/** Looks a model up by id; throws a RangeError listing the valid ids when unknown. */
export function findHardware(id: string): HardwareModel {
  const model = HARDWARE_CATALOG.find((m) => m.id === id);
  if (!model) {
    const known = HARDWARE_CATALOG.map((m) => m.id).join(', ');
    throw new RangeError(`id must be one of ${known}, got ${JSON.stringify(id)}`);
  }
  return model;
}
