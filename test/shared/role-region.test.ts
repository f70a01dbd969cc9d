import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../src/shared/dataset/bundled.js';
import { datedYear } from '../../src/shared/figures.js';
import { regionOfLocale, resolveRegion, resolveRole } from '../../src/shared/role-region.js';

/** The notice words, as the shared English messages put them, kept literal so the test reads alone. */
const unknownValue = (attribute: string, value: string, fallback: string) =>
  `Unknown ${attribute} "${value}"; showing ${fallback}.`;

describe('role-region (which role and region the attributes name)', () => {
  it('reads the region subtag of a locale, lower-cased; none without one or for a bad tag', () => {
    expect(regionOfLocale('de-DE')).to.equal('de');
    expect(regionOfLocale('en-CA')).to.equal('ca');
    expect(regionOfLocale('es')).to.equal(undefined);
    expect(regionOfLocale('not a locale!')).to.equal(undefined);
  });

  it('resolves a region: given, auto, blank, unknown (with a notice naming the value)', () => {
    const id = (region: string | undefined, locale = 'en-US') =>
      resolveRegion(bundledDataset, region, locale, unknownValue);
    expect(id('DE').region.id).to.equal('de');
    expect(id(undefined).region.id).to.equal('us');
    expect(id('auto', 'de-DE')).to.deep.equal({ region: bundledDataset.regions.find((r) => r.id === 'de') });
    expect(id('auto', 'en-CA').region.id).to.equal('ca');
    expect(id('auto', 'en-GB').region.id).to.equal('gb');
    expect(id('auto', 'es-ES')).to.deep.equal({ region: bundledDataset.regions[0] });
    expect(id('mars')).to.deep.equal({
      region: bundledDataset.regions[0],
      notice: 'Unknown region "mars"; showing United States.',
    });
  });

  it('resolves a role: role-id wins over role; unknown → back end, with a notice naming the attribute used', () => {
    const role = (r?: string, roleId?: string) => resolveRole(bundledDataset, r, roleId, unknownValue);
    expect(role('frontend').role.id).to.equal('frontend');
    expect(role('frontend', 'FullStack').role.id).to.equal('fullstack');
    expect(role(undefined, undefined).role.id).to.equal('backend');
    expect(role('astronaut').notice).to.equal('Unknown role "astronaut"; showing Back-end developer.');
    expect(role('frontend', 'astronaut').notice).to.equal('Unknown role-id "astronaut"; showing Back-end developer.');
  });
});

describe('datedYear (the "published 2021" note)', () => {
  it('names the year of a source more than three years older than the as-of year; none otherwise', () => {
    const asOf = { asOf: '2026-12-03' };
    expect(datedYear(asOf, { year: 2021 })).to.equal(2021);
    // Even 31 December 2022 is more than three years before 3 December 2026.
    expect(datedYear(asOf, { year: 2022 })).to.equal(2022);
    // Counted generously: a 2023 figure may be from December 2023, less than three years before.
    expect(datedYear(asOf, { year: 2023 })).to.equal(undefined);
    expect(datedYear(asOf, { year: 2025 })).to.equal(undefined);
    expect(datedYear(asOf, {})).to.equal(undefined);
    expect(datedYear(asOf, undefined)).to.equal(undefined);
  });
});
