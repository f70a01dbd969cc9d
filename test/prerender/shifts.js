// Loaded by the prerendered test pages before any widget: every layout shift of the page, where the
// engine reports them (Chromium's Layout Instability API; Firefox and WebKit have none).
window.dcwShifts = [];
window.dcwShiftsObserved = false;
if (globalThis.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.dcwShifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  window.dcwShiftsObserved = true;
}
