import { expect } from '@open-wc/testing';
import {
  decodeShare,
  encodeShare,
  parseProgress,
  readProgress,
  writeProgress,
} from '../../src/skills-checklist/progress-store.js';

describe('skills-checklist progress store', () => {
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  it('parses version 1 only, removes duplicates and refuses anything else', () => {
    expect(parseProgress({ v: 1, done: ['a', 'a', 'b'] })).to.deep.equal({ done: ['a', 'b'], learning: [] });
    expect(parseProgress({ v: 1, done: [], learning: ['x-1'], extra: true })).to.deep.equal({
      done: [],
      learning: ['x-1'],
    });
    for (const bad of [
      null,
      1,
      'x',
      [],
      {},
      { v: 2, done: [] },
      { v: 1, done: 'a' },
      { v: 1, done: ['A b'] },
      { v: 1, done: [], learning: [3] },
    ]) {
      expect(parseProgress(bad), JSON.stringify(bad)).to.be.undefined;
    }
  });

  it('reads and writes versioned JSON and reports what it found', () => {
    expect(readProgress('k').status).to.equal('none');
    expect(writeProgress('k', { done: ['a'], learning: ['b'] })).to.be.true;
    expect(JSON.parse(localStorage.getItem('k')!)).to.deep.equal({ v: 1, done: ['a'], learning: ['b'] });
    expect(readProgress('k')).to.deep.equal({ progress: { done: ['a'], learning: ['b'] }, status: 'ok' });
    localStorage.setItem('k', '[1,');
    expect(readProgress('k')).to.deep.equal({ progress: { done: [], learning: [] }, status: 'garbage' });
    expect(writeProgress('k', null)).to.be.true;
    expect(localStorage.getItem('k')).to.be.null;
  });

  it('never throws when storage does', () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = Storage.prototype.setItem = () => {
      throw new Error('blocked');
    };
    try {
      expect(readProgress('k').status).to.equal('unavailable');
      expect(writeProgress('k', { done: [], learning: [] })).to.be.false;
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });

  it('round-trips a share fragment of plain ids that needs no escaping, and rejects broken ones', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `skill-${i}`);
    const encoded = encodeShare('backend', { done: ids, learning: ['x'] });
    expect(encoded).to.equal(`backend~${ids.join(',')}~x`);
    expect(new URL(`https://example.test/#dcw-skills=${encoded}`).hash, 'a URL keeps it as it is').to.equal(
      `#dcw-skills=${encoded}`,
    );
    expect(decodeShare(`#dcw-skills=${encoded}`)).to.deep.equal({ role: 'backend', done: ids, learning: ['x'] });
    expect(decodeShare('#dcw-skills=backend~~')).to.deep.equal({ role: 'backend', done: [], learning: [] });
    expect(decodeShare(`#other=${encoded}`)).to.be.undefined;
    expect(decodeShare('#dcw-skills=!!')).to.be.undefined;
    expect(decodeShare('#dcw-skills=backend~a,B C~'), 'bad id').to.be.undefined;
    expect(decodeShare('#dcw-skills=~a~'), 'no role').to.be.undefined;
    expect(decodeShare('#dcw-skills=backend'), 'no lists').to.be.undefined;
    expect(decodeShare('#dcw-skills=backend~a~b~c'), 'extra part').to.be.undefined;
  });
});
