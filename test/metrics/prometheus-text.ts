/** Prometheus's text format read back: each series as `name{label="value",…}` (labels sorted) to its value, and the HELP texts. */
export interface Scrape {
  values: Map<string, number>;
  help: Map<string, string>;
  /** The value of a series, 0 when the scrape lacks it (a labelled counter before its first increment). */
  value(name: string, labels?: Record<string, string>): number;
}

const key = (name: string, labels: Record<string, string>) => {
  const pairs = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}="${v}"`);
  return pairs.length ? `${name}{${pairs.join(',')}}` : name;
};

export function parseScrape(text: string): Scrape {
  const values = new Map<string, number>();
  const help = new Map<string, string>();
  for (const line of text.split('\n')) {
    const described = /^# HELP (\S+) (.*)$/.exec(line);
    if (described) help.set(described[1], described[2]);
    const sample = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!sample || line.startsWith('#')) continue;
    const labels = Object.fromEntries([...(sample[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    values.set(key(sample[1], labels), Number(sample[3]));
  }
  return { values, help, value: (name, labels = {}) => values.get(key(name, labels)) ?? 0 };
}
