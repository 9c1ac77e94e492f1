import { describe, expect, it } from 'vitest';
import { derivationInputs, resolveFacts, type FactLike, type FactRefs } from '@lib/content/derivedFacts';
import type { FactFunction } from '@lib/content/factFunctions';

const functions: Record<string, FactFunction> = {
  double: { core: 'double', about: 'twice x', args: ['x'], run: (a) => 2 * (a.x as number) },
  split: { core: 'split', about: 'x and minus x', args: ['x'], optional: ['scale'], outputs: ['plus', 'minus'], run: (a) => ({ plus: (a.x as number) * ((a.scale as number) ?? 1), minus: -(a.x as number) }) },
  strict: { core: 'strict', about: 'rejects negatives', args: ['x'], run: (a) => { if ((a.x as number) < 0) throw new RangeError(`x must be ≥ 0, got ${a.x}`); return a.x as number; } },
  divide: { core: null, about: 'x over y', args: ['x', 'y'], run: (a) => (a.x as number) / (a.y as number) },
};
const refs: FactRefs = {
  catalog: (id, field) => (id === 's21' && field === 'hashrateThs' ? { value: 200, label: 'S21 hashrate', text: '200 TH/s' } : undefined),
  widgetDefault: (id, key) => (id === 'squeeze-calculator' && key === 'fees' ? { value: 0.85, label: 'Fees', text: '0.85 BTC per block' } : undefined),
};
const fact = (id: string, rest: Partial<FactLike>): FactLike => ({ id, label: `Fact ${id}`, ...rest });
const resolve = (facts: FactLike[]) => resolveFacts(facts, refs, functions);
const messages = (facts: FactLike[]) => resolve(facts).problems.map((p) => p.message);

describe('resolveFacts', () => {
  it('computes a fact from another fact, a catalog field, a widget default and a literal', () => {
    const { facts, problems } = resolve([
      fact('a', { value: 3 }),
      fact('b', { derive: { fn: 'double', args: { x: '@a' } } }),
      fact('c', { derive: { fn: 'double', args: { x: 'catalog:s21.hashrateThs' } } }),
      fact('d', { derive: { fn: 'double', args: { x: 'default:squeeze-calculator.fees' } } }),
      fact('e', { derive: { fn: 'split', args: { x: 4, scale: 2 }, pick: 'plus' } }),
    ]);
    expect(problems).toEqual([]);
    expect(facts.map((f) => f.value)).toEqual([3, 6, 400, 1.7, 8]);
  });

  it('follows chains in any order', () => {
    const { facts } = resolve([fact('c', { derive: { fn: 'double', args: { x: '@b' } } }), fact('b', { derive: { fn: 'double', args: { x: '@a' } } }), fact('a', { value: 1 })]);
    expect(facts.map((f) => f.value)).toEqual([4, 2, 1]);
  });

  const cases: { name: string; facts: FactLike[]; expected: string }[] = [
    { name: 'an unknown function, with a suggestion', facts: [fact('x', { derive: { fn: 'dubble', args: { x: 1 } } })], expected: 'Fact "x" names an unknown function "dubble". Did you mean "double"?' },
    { name: 'an argument the function does not take', facts: [fact('x', { derive: { fn: 'double', args: { x: 1, y: 2 } } })], expected: 'Fact "x": double takes no argument "y". Did you mean "x"?' },
    { name: 'a missing argument', facts: [fact('x', { derive: { fn: 'divide', args: { x: 1 } } })], expected: 'Fact "x": divide needs the argument "y".' },
    { name: 'an unknown fact, with a suggestion', facts: [fact('abc', { value: 1 }), fact('x', { derive: { fn: 'double', args: { x: '@abd' } } })], expected: 'Fact "x", argument "x": unknown fact "abd". Did you mean "abc"?' },
    { name: 'an unknown catalog field', facts: [fact('x', { derive: { fn: 'double', args: { x: 'catalog:s21.speed' } } })], expected: 'Fact "x", argument "x": the hardware catalog has no "s21" with a number "speed".' },
    { name: 'an unknown widget setting', facts: [fact('x', { derive: { fn: 'double', args: { x: 'default:squeeze-calculator.fee' } } })], expected: 'Fact "x", argument "x": no widget "squeeze-calculator" with a setting "fee".' },
    { name: 'a reference without a field', facts: [fact('x', { derive: { fn: 'double', args: { x: 'catalog:s21' } } })], expected: 'Fact "x", argument "x": "catalog:s21" is not "catalog:<id>.<field>".' },
    { name: 'a loop', facts: [fact('a', { derive: { fn: 'double', args: { x: '@b' } } }), fact('b', { derive: { fn: 'double', args: { x: '@a' } } })], expected: 'Fact "a" is computed from itself: a → b → a.' },
    { name: 'a typed value beside derive', facts: [fact('x', { value: 2, derive: { fn: 'double', args: { x: 1 } } })], expected: 'Fact "x" has both a typed "value" and "derive".' },
    { name: 'several outputs and no pick', facts: [fact('x', { derive: { fn: 'split', args: { x: 1 } } })], expected: 'Fact "x": split gives several figures and "pick" does not say which.' },
    { name: 'a pick that is not an output', facts: [fact('x', { derive: { fn: 'split', args: { x: 1 }, pick: 'plsu' } })], expected: 'Fact "x": split has no output "plsu". Did you mean "plus"?' },
    { name: 'a pick on a single figure', facts: [fact('x', { derive: { fn: 'double', args: { x: 1 }, pick: 'value' } })], expected: 'Fact "x": double gives one figure, so "pick" has nothing to choose.' },
    { name: 'the core rejecting an argument', facts: [fact('x', { derive: { fn: 'strict', args: { x: -1 } } })], expected: 'Fact "x": strict rejects its arguments (x must be ≥ 0, got -1).' },
    { name: 'a result that is not finite', facts: [fact('x', { derive: { fn: 'divide', args: { x: 1, y: 0 } } })], expected: 'Fact "x": divide gives Infinity.' },
    { name: 'a fact with neither value nor derive', facts: [fact('x', {})], expected: 'Fact "x" has no value.' },
  ];
  for (const c of cases) {
    it(`reports ${c.name}, with a fix`, () => {
      const { problems } = resolve(c.facts);
      expect(problems.map((p) => p.message)).toContain(c.expected);
      for (const p of problems) expect(p.fix.length).toBeGreaterThan(10);
    });
  }

  it('reports a fact that uses a broken one, naming it', () => {
    expect(messages([fact('a', { derive: { fn: 'nope', args: {} } }), fact('b', { derive: { fn: 'double', args: { x: '@a' } } })])).toEqual([
      'Fact "a" names an unknown function "nope".',
      'Fact "b", argument "x": the fact "a" it uses cannot be computed.',
    ]);
  });

  it('does not mutate its input', () => {
    const input = [fact('a', { value: 1 }), fact('b', { derive: { fn: 'double', args: { x: '@a' } } })];
    const copy = structuredClone(input);
    resolve(input);
    expect(input).toEqual(copy);
  });
});

describe('derivationInputs', () => {
  it('names each input: facts by label, references by what they are, literals by argument', () => {
    const { facts } = resolve([fact('a', { value: 3 }), fact('b', { derive: { fn: 'divide', args: { x: '@a', y: 'catalog:s21.hashrateThs' } } })]);
    const byId = new Map(facts.map((f) => [f.id, f]));
    expect(derivationInputs(byId.get('b')!.derive!, byId, refs)).toEqual([
      { arg: 'x', factId: 'a', label: 'Fact a', value: 3 },
      { arg: 'y', label: 'S21 hashrate', value: 200, text: '200 TH/s' },
    ]);
    expect(derivationInputs({ fn: 'split', args: { x: 2 } }, byId, refs)).toEqual([{ arg: 'x', label: 'x', value: 2 }]);
  });
});
