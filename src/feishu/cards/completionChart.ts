// The completion card's `chart` element: done beside required per duty (or per department), as a plain VChart spec.
export interface ChartBar {
  name: string;
  required: number;
  done: number;
}

const LABEL_CHARS = 10;

/** Band axes merge equal categories, so shortened names that collide get a number. */
function shortNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const short = name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS)}…` : name;
    const n = (seen.get(short) ?? 0) + 1;
    seen.set(short, n);
    return n > 1 ? `${short}(${n})` : short;
  });
}

/**
 * Horizontal grouped bars, tallest list readable on a phone. Pure data: Feishu renders
 * no JavaScript in chart_spec, and `media: []` stops it adding its own responsive rules.
 */
export function completionChart(bars: readonly ChartBar[], title: string): object {
  const names = shortNames(bars.map((b) => b.name));
  const values = bars.flatMap((b, i) => [
    { item: names[i], kind: '应完成', count: b.required },
    { item: names[i], kind: '已完成', count: Math.min(b.done, b.required) },
  ]);
  return {
    tag: 'chart',
    height: `${Math.min(999, 90 + bars.length * 34)}px`,
    chart_spec: {
      type: 'bar',
      direction: 'horizontal',
      title: { text: title },
      data: { values },
      xField: 'count',
      yField: ['item', 'kind'],
      seriesField: 'kind',
      color: ['#BBBFC4', '#3370FF'],
      legends: { visible: true, orient: 'bottom' },
      label: { visible: true },
      axes: [
        { orient: 'left', type: 'band' },
        { orient: 'bottom', type: 'linear', min: 0 },
      ],
      media: [],
    },
  };
}
