// The confidence interval behind the first-render goals (issue 17).
//
// Why this method: the widgets page and its static twin are loaded in pairs, one right after the
// other (the order flipping each pair), so each pair's ratio widgets / static is taken within a
// few hundred milliseconds. On a shared 2-core machine whatever else runs slows both loads of a
// pair alike, and the ratio cancels it; a ratio of two medians over the whole run does not (one
// build's ratio of medians moved 1.35–1.48× from run to run). The pair ratios are skewed and
// heavy-tailed (a stall lands on one side of a pair), so the estimate is their median, and its
// interval is the distribution-free one from order statistics (the sign-test interval): for n
// pairs, [r(k), r(n+1−k)] of the sorted ratios holds the true median with probability
// 1 − 2·P(Binomial(n, ½) < k), whatever the distribution. No resampling, no random numbers:
// the same loads always give the same interval.
//
// Lit's tachometer (npm, 0.7) does this A/B with auto-sampling, but it drives browsers through
// selenium and wants chromedriver and geckodriver of its own (fetched, or matched to the browser
// by hand), where the bench runs Debian's Chromium and Firefox ESR through puppeteer-core and has
// no network; it would also add a large dependency tree for a script that is no part of the
// tests. Its auto-sampling idea is kept (see `pairedRatio` in measures.mjs): more pairs are loaded
// while the interval straddles the goal, up to a few looks, each look's interval at confidence
// 1 − α/looks (Bonferroni), so that across all looks a verdict is wrong with probability ≤ α.

/** ln C(n, k) */
const lnChoose = (n, k) => lnFactorial(n) - lnFactorial(k) - lnFactorial(n - k);
const lnFactorials = [0];
function lnFactorial(n) {
  for (let i = lnFactorials.length; i <= n; i++) lnFactorials[i] = lnFactorials[i - 1] + Math.log(i);
  return lnFactorials[n];
}
/** P(Binomial(n, ½) ≤ j) */
const binomialCdf = (n, j) => {
  let p = 0;
  for (let i = 0; i <= j; i++) p += Math.exp(lnChoose(n, i) - n * Math.LN2);
  return p;
};

/**
 * The median of `xs` and a distribution-free interval for it at `confidence` (or more).
 * `lo`/`hi` are ±Infinity when there are too few samples for that confidence (fewer than 6 at 95 %).
 */
export function medianInterval(xs, confidence = 0.95) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  const alpha = 1 - confidence;
  // The largest k whose interval still covers at `confidence`: 2·P(X ≤ k − 1) ≤ α.
  let k = 0;
  while (k + 1 <= n / 2 && 2 * binomialCdf(n, k) <= alpha) k++;
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  if (k === 0) return { median, lo: -Infinity, hi: Infinity, coverage: 1, n };
  return { median, lo: s[k - 1], hi: s[n - k], coverage: 1 - 2 * binomialCdf(n, k - 1), n };
}

/** "met" when the whole interval is at or under the goal, "missed" when it is wholly above, else "unclear". */
export const judge = ({ lo, hi }, goal) => (hi <= goal ? 'met' : lo > goal ? 'missed' : 'unclear');
