/**
 * Looking up published figures. The calculator and the comparison's pay row both read pay
 * through these functions, so the two widgets can never disagree on one page.
 */
import type { Dataset, Outlook, Salary, Source } from './dataset/schema.js';

/** Every published pay figure for a role in a region, in dataset order (the first is the primary one). */
export function salariesFor(data: Dataset, role: string, region: string): Salary[] {
  return data.salaries.filter((s) => s.role === role && s.region === region);
}

/** The figure a widget leads with: the first all-experience figure for the role and region. */
export function primarySalary(data: Dataset, role: string, region: string): Salary | undefined {
  const all = salariesFor(data, role, region);
  return all.find((s) => !s.experience) ?? all[0];
}

export function outlookFor(data: Dataset, role: string, region: string): Outlook | undefined {
  return data.outlook.find((o) => o.role === role && o.region === region);
}

export function sourceOf(data: Dataset, id: string): Source | undefined {
  return data.sources.find((s) => s.id === id);
}
