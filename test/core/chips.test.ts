import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asicChipDay, gpuChipDay, revenuePerKwhRatio } from '@core/chips';

// Antminer S21: 200 TH/s, 3,500 W, 17.5 J/TH (asics-tools, fact C05).
const s21 = { hashrateThs: 200, powerW: 3500 };
// H100 SXM: 989.4 dense BF16 TFLOPS, 700 W (Lockwood, facts D01–D02).
const h100 = { bf16Tflops: 989.4, powerW: 700 };

describe('asicChipDay', () => {
  it('an S21 at the halved April 2024 hashprice earns $10.86 a day and $0.1293 per kWh (validation V-B3)', () => {
    const d = asicChipDay({ ...s21, hashpriceUsdPerPhDay: 54.3 });
    expect(d.revenueUsdPerDay).toBeCloseTo(0.2 * 54.3, 10);
    expect(d.energyKwhPerDay).toBeCloseTo(84, 10);
    // HRI (fact B03) published $0.13 for the S21 at $54.3/PH/day.
    expect(d.revenueUsdPerKwh).toBeCloseTo(0.1293, 4);
    expect(d.joulesPerTh).toBeCloseTo(17.5, 10);
    expect(d.hashesPerSecond).toBe(2e14);
  });

  it('an S21 at HRI’s 23 December 2024 hashprice earns $11.04 a day', () => {
    expect(asicChipDay({ ...s21, hashpriceUsdPerPhDay: 55.21 }).revenueUsdPerDay).toBeCloseTo(11.042, 3);
  });

  it('revenue per kWh is revenue per day over kWh per day', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 100, max: 10_000, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (hashrateThs, powerW, hashpriceUsdPerPhDay) => {
          const d = asicChipDay({ hashrateThs, powerW, hashpriceUsdPerPhDay });
          return Math.abs(d.revenueUsdPerKwh - d.revenueUsdPerDay / d.energyKwhPerDay) <= 1e-9 * Math.max(1, d.revenueUsdPerKwh);
        },
      ),
    );
  });

  it.each([
    ['hashrateThs', 0],
    ['powerW', 0],
    ['powerW', NaN],
    ['hashpriceUsdPerPhDay', -1],
  ] as const)('throws a RangeError naming %s for %s', (name, value) => {
    expect(() => asicChipDay({ ...s21, hashpriceUsdPerPhDay: 55, [name]: value })).toThrow(new RegExp(name));
  });
});

describe('gpuChipDay', () => {
  it('an H100 rented all day at $2.85 (Cheah, January 2024) earns $68.40, or $4.07 per kWh of board power', () => {
    const d = gpuChipDay({ ...h100, rentUsdPerGpuHour: 2.85 });
    expect(d.revenueUsdPerDay).toBeCloseTo(68.4, 10);
    expect(d.energyKwhPerDay).toBeCloseTo(16.8, 10);
    expect(d.revenueUsdPerKwh).toBeCloseTo(2.85 / 0.7, 10);
  });

  it('an H100 needs about 707 J per petaFLOP (700 W / 0.9894 PFLOPS)', () => {
    const d = gpuChipDay({ ...h100, rentUsdPerGpuHour: 2 });
    expect(d.joulesPerPflop).toBeCloseTo(707.5, 1);
    expect(d.joulesPerTflop).toBeCloseTo(0.7075, 4);
    expect(d.flopsPerSecond).toBeCloseTo(9.894e14, 0);
  });

  it('doubling the rent doubles the day’s earnings', () => {
    const a = gpuChipDay({ ...h100, rentUsdPerGpuHour: 2 });
    const b = gpuChipDay({ ...h100, rentUsdPerGpuHour: 4 });
    expect(b.revenueUsdPerDay).toBeCloseTo(2 * a.revenueUsdPerDay, 10);
  });

  it.each([
    ['bf16Tflops', 0],
    ['powerW', -700],
    ['rentUsdPerGpuHour', -0.01],
    ['rentUsdPerGpuHour', Infinity],
  ] as const)('throws a RangeError naming %s for %s', (name, value) => {
    expect(() => gpuChipDay({ ...h100, rentUsdPerGpuHour: 2, [name]: value })).toThrow(new RegExp(name));
  });

  it('does not mutate its input', () => {
    const input = { ...h100, rentUsdPerGpuHour: 2 };
    gpuChipDay(input);
    expect(input).toEqual({ ...h100, rentUsdPerGpuHour: 2 });
  });
});

describe('revenuePerKwhRatio', () => {
  // H100 SXM at $2 an hour (Cheah, Aug 2024): $2 / 0.7 kW = $2.857/kWh. S21 at HRI's $55.21
  // (23 Dec 2024): 0.2 PH/s × $55.21 / 84 kWh = $0.1315/kWh. Ratio 21.7.
  it('an H100 at $2 an hour earns 21.7 times what an S21 earns per kWh at a $55.21 hashprice', () => {
    const gpu = gpuChipDay({ ...h100, rentUsdPerGpuHour: 2 }).revenueUsdPerKwh;
    const asic = asicChipDay({ ...s21, hashpriceUsdPerPhDay: 55.21 }).revenueUsdPerKwh;
    expect(revenuePerKwhRatio(gpu, asic)).toBeCloseTo(2 / 0.7 / ((0.2 * 55.21) / 84), 10);
    expect(revenuePerKwhRatio(gpu, asic)).toBeCloseTo(21.735, 3);
  });

  it.each([
    { gpu: 1, asic: 2, expected: 0.5 },
    { gpu: 0, asic: 2, expected: 0 },
    { gpu: 3, asic: 0, expected: null },
  ])('revenuePerKwhRatio($gpu, $asic) is $expected (null when the ASIC earns nothing)', ({ gpu, asic, expected }) => {
    expect(revenuePerKwhRatio(gpu, asic)).toBe(expected);
  });

  it.each([
    { name: 'gpuRevenueUsdPerKwh', gpu: -1, asic: 1 },
    { name: 'asicRevenueUsdPerKwh', gpu: 1, asic: Number.NaN },
  ])('throws a RangeError naming $name', ({ name, gpu, asic }) => {
    expect(() => revenuePerKwhRatio(gpu, asic)).toThrow(new RegExp(name));
  });
});
