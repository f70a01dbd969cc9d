import { expect } from '@open-wc/testing';
import { bandOf } from '../../src/shared/figures.js';
import {
  chooseDimensions,
  chooseRoles,
  itemKey,
  parseIds,
  pick,
  sharedItems,
} from '../../src/role-comparison/comparison.js';
import { validateDataset } from '../../src/shared/dataset/validate.js';
import type { Salary } from '../../src/shared/dataset/schema.js';

const roles = ['frontend', 'backend', 'fullstack', 'programmer'].map((id) => ({ id }));
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((x) => x.id);

describe('role comparison logic', () => {
  it('the test fixture is a valid dataset', async () => {
    const json: unknown = await (await fetch('/raw/test/role-comparison/fixtures/comparison.json')).json();
    const result = validateDataset(json);
    expect(result.ok, JSON.stringify(result.ok ? [] : result.issues)).to.equal(true);
  });

  it('parseIds splits on any white space, lower-cases and drops repeats', () => {
    expect(parseIds('  Backend\tfrontend\n backend ')).to.deep.equal(['backend', 'frontend']);
    expect(parseIds('')).to.deep.equal([]);
    expect(parseIds(undefined)).to.deep.equal([]);
    expect(parseIds(null)).to.deep.equal([]);
  });

  it('pick keeps the order asked for and lists unknown ids', () => {
    const { items, unknown } = pick(roles, ['programmer', 'nope', 'frontend', 'zz']);
    expect(ids(items)).to.deep.equal(['programmer', 'frontend']);
    expect(unknown).to.deep.equal(['nope', 'zz']);
  });

  describe('chooseRoles', () => {
    it('takes two or three known roles as given', () => {
      expect(chooseRoles(roles, 'backend fullstack')).to.deep.equal({
        items: [{ id: 'backend' }, { id: 'fullstack' }],
        unknown: [],
      });
      const three = chooseRoles(roles, 'fullstack frontend backend');
      expect(ids(three.items)).to.deep.equal(['fullstack', 'frontend', 'backend']);
      expect(three.fallback).to.equal(undefined);
    });

    it('ignores unknown ids but keeps the known ones when two remain', () => {
      const choice = chooseRoles(roles, 'backend nope frontend');
      expect(ids(choice.items)).to.deep.equal(['backend', 'frontend']);
      expect(choice.unknown).to.deep.equal(['nope']);
      expect(choice.fallback).to.equal(undefined);
    });

    it('shows the default pair, without a fallback flag, when the attribute is absent or blank', () => {
      for (const value of [undefined, null, '', '   ']) {
        const choice = chooseRoles(roles, value);
        expect(ids(choice.items)).to.deep.equal(['frontend', 'backend']);
        expect(choice.fallback).to.equal(undefined);
        expect(choice.unknown).to.deep.equal([]);
      }
    });

    it('falls back to the default pair when fewer than two known roles are named', () => {
      const one = chooseRoles(roles, 'programmer');
      expect(ids(one.items)).to.deep.equal(['frontend', 'backend']);
      expect(one.fallback).to.equal('few');
      const none = chooseRoles(roles, 'x y');
      expect(ids(none.items)).to.deep.equal(['frontend', 'backend']);
      expect(none.unknown).to.deep.equal(['x', 'y']);
      expect(chooseRoles(roles, 'backend backend').fallback).to.equal('few');
    });

    it('cuts more than three roles to the first three', () => {
      const choice = chooseRoles(roles, 'programmer fullstack backend frontend');
      expect(ids(choice.items)).to.deep.equal(['programmer', 'fullstack', 'backend']);
      expect(choice.fallback).to.equal('many');
    });

    it('fills the pair from the dataset when a custom dataset lacks the default roles', () => {
      expect(ids(chooseRoles([{ id: 'data' }, { id: 'backend' }, { id: 'ops' }], 'zz').items)).to.deep.equal([
        'backend',
        'data',
      ]);
      expect(ids(chooseRoles([{ id: 'data' }, { id: 'ops' }], undefined).items)).to.deep.equal(['data', 'ops']);
      expect(ids(chooseRoles([{ id: 'solo' }], undefined).items)).to.deep.equal(['solo']);
    });
  });

  describe('chooseDimensions', () => {
    const dims = ['focus', 'languages', 'pay'].map((id) => ({ id }));

    it('shows all in dataset order by default', () => {
      expect(chooseDimensions(dims, undefined)).to.deep.equal({ items: dims, unknown: [] });
      expect(ids(chooseDimensions(dims, ' ').items)).to.deep.equal(['focus', 'languages', 'pay']);
    });

    it('shows the named ones in the order named, listing unknown ids', () => {
      expect(chooseDimensions(dims, 'pay nope focus')).to.deep.equal({
        items: [{ id: 'pay' }, { id: 'focus' }],
        unknown: ['nope'],
      });
    });

    it('shows all when none of the named ones exist', () => {
      const choice = chooseDimensions(dims, 'x y');
      expect(ids(choice.items)).to.deep.equal(['focus', 'languages', 'pay']);
      expect(choice.unknown).to.deep.equal(['x', 'y']);
    });
  });

  describe('sharedItems', () => {
    it('finds items in more than one list, ignoring case and surrounding space', () => {
      const shared = sharedItems([['HTML', 'JavaScript', 'Git'], ['Java', ' javascript ', 'Git'], ['Go']]);
      expect([...shared].sort()).to.deep.equal(['git', 'javascript']);
      expect(shared.has(itemKey('JavaScript'))).to.equal(true);
      expect(shared.has(itemKey('Java'))).to.equal(false);
    });

    it('counts an item repeated within one list once, and skips text and missing values', () => {
      expect(sharedItems([['Git', 'git'], ['Go']]).size).to.equal(0);
      expect(sharedItems(['Git', ['Git'], undefined]).size).to.equal(0);
      expect(sharedItems([]).size).to.equal(0);
    });
  });

  describe('bandOf (from shared/figures)', () => {
    const base: Salary = {
      role: 'backend',
      region: 'us',
      occupation: 'x',
      period: 'year',
      median: 133080,
      source: 's',
    };

    it('spans the lowest to the highest published percentile', () => {
      expect(bandOf({ ...base, p10: 79850, p25: 103050, p75: 169000, p90: 211450 })).to.deep.equal({
        low: 79850,
        high: 211450,
        lowPercentile: 10,
        highPercentile: 90,
      });
      expect(bandOf({ ...base, p25: 103050, p75: 169000 })).to.deep.equal({
        low: 103050,
        high: 169000,
        lowPercentile: 25,
        highPercentile: 75,
      });
      expect(bandOf({ ...base, p25: 103050, p90: 211450 })).to.deep.equal({
        low: 103050,
        high: 211450,
        lowPercentile: 25,
        highPercentile: 90,
      });
    });

    it('gives no band when either end is unpublished', () => {
      expect(bandOf(base)).to.equal(undefined);
      expect(bandOf({ ...base, p10: 79850 })).to.equal(undefined);
      expect(bandOf({ ...base, p90: 211450 })).to.equal(undefined);
    });
  });
});
