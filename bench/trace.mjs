// Shared by the profiling tools (bench/profile*.mjs): a Chrome trace's events
// on the renderer's main thread.

/** Complete events on the renderer's main thread (B/E pairs joined), by start then longest first. */
export function mainThreadEvents(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && ['X', 'B', 'E'].includes(e.ph));
  const complete = [];
  const open = [];
  for (const e of onMain.sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X') complete.push({ name: e.name, ts: e.ts, dur: e.dur ?? 0, tdur: e.tdur ?? e.dur ?? 0, args: e.args });
    else if (e.ph === 'B') open.push(e);
    else {
      const b = open.pop();
      if (b) complete.push({ name: b.name, ts: b.ts, dur: e.ts - b.ts, tdur: (e.tts ?? e.ts) - (b.tts ?? b.ts), args: b.args });
    }
  }
  return complete.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/**
 * Self time (ms) by label of the complete events in [from, until): each
 * event's time less its children's, under the name `label(event)` gives.
 */
export function selfTimesBetween(complete, from, until, label) {
  const by = new Map();
  const stack = [];
  const add = (name, us) => by.set(name, (by.get(name) ?? 0) + us / 1000);
  for (const e of complete) {
    if (e.ts < from || e.ts >= until) continue;
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) add(parent.label, -e.dur);
    const item = { ...e, label: label(e) };
    add(item.label, e.dur);
    stack.push(item);
  }
  return by;
}
