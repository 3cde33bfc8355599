import { expect } from '@open-wc/testing';
import { nearestInDirection, type NavPoint } from '../../src/components/body-map/spatial-nav.js';
import { parseSelection, serializeSelection } from '../../src/components/body-map/selection.js';

const grid: NavPoint[] = [
  { key: 'a', x: 0, y: 0 },
  { key: 'b', x: 10, y: 0 },
  { key: 'c', x: 0, y: 10 },
  { key: 'd', x: 10, y: 12 },
  { key: 'far', x: 100, y: 3 },
];

describe('spatial navigation', () => {
  it('picks the nearest point in the direction, preferring straight lines', () => {
    const a = grid[0]!;
    expect(nearestInDirection(a, 'right', grid)?.key).to.equal('b');
    expect(nearestInDirection(a, 'down', grid)?.key).to.equal('c');
    expect(nearestInDirection(grid[1]!, 'down', grid)?.key).to.equal('d');
  });

  it('returns nothing when no point lies that way', () => {
    expect(nearestInDirection(grid[0]!, 'up', grid)).to.equal(undefined);
    expect(nearestInDirection(grid[0]!, 'left', grid)).to.equal(undefined);
  });

  it('falls back to a wider cone before giving up', () => {
    const points: NavPoint[] = [
      { key: 'from', x: 0, y: 0 },
      { key: 'steep', x: 2, y: 8 },
    ];
    expect(nearestInDirection(points[0]!, 'right', points)?.key).to.equal('steep');
  });
});

describe('body map value parsing', () => {
  const known = (id: string) => ['neck', 'knee-left', 'head'].includes(id);

  it('reads ids and severities, and rejects what it cannot use', () => {
    const { selected, rejected } = parseSelection(' neck:7  knee-left Neck head:11 x:1 :3 ', known);
    expect([...selected]).to.deep.equal([
      ['neck', 7],
      ['knee-left', undefined],
    ]);
    expect(rejected).to.deep.equal(['Neck', 'head:11', 'x:1', ':3']);
  });

  it('never throws on values that are not strings', () => {
    for (const value of [null, undefined, 42, {}, []]) {
      expect(() => parseSelection(value, known)).not.to.throw();
    }
    expect(parseSelection(null, known).selected.size).to.equal(0);
  });

  it('writes severities only in severity mode and only when rated', () => {
    const map = new Map<string, number | undefined>([
      ['neck', 4],
      ['head', undefined],
    ]);
    expect(serializeSelection(map, true)).to.equal('neck:4 head');
    expect(serializeSelection(map, false)).to.equal('neck head');
  });
});
