import type { components } from '../../../api/generated/configuration';

export type KpiMetric = components['schemas']['KpiMetric'];
export type KpiSelection = components['schemas']['KpiSelection'];
export type KpiTarget = components['schemas']['KpiTarget'];

/** One line of the KPI table: a catalog metric (or one the center selected the catalog lacks). */
export interface KpiRow {
  metric: string;
  selected: boolean;
  targets: Partial<KpiTarget>[];
}

/** Every catalog metric in catalog order, then selected metrics the catalog does not know. */
export function kpiRows(catalog: readonly KpiMetric[], selections: readonly KpiSelection[]): KpiRow[] {
  const chosen = new Map(selections.map((selection) => [selection.metric, selection]));
  const rows = catalog.map((metric) => ({
    metric: metric.code,
    selected: chosen.has(metric.code),
    targets: chosen.get(metric.code)?.targets.map((target) => ({ ...target })) ?? [],
  }));
  const known = new Set(catalog.map((metric) => metric.code));
  for (const selection of selections) {
    if (!known.has(selection.metric)) {
      rows.push({ metric: selection.metric, selected: true, targets: selection.targets.map((target) => ({ ...target })) });
    }
  }
  return rows;
}

/** The selections the rows make, with the row each came from (for field errors like `kpis[2].targets[0].target`). */
export function selectionsOf(rows: readonly KpiRow[]): { selections: KpiSelection[]; rowOf: number[] } {
  const selections: KpiSelection[] = [];
  const rowOf: number[] = [];
  rows.forEach((row, index) => {
    if (!row.selected) return;
    selections.push({
      metric: row.metric,
      targets: row.targets.map((target) => ({
        period: String(target.period ?? '').trim(),
        target: target.target as number,
        warning: target.warning as number,
      })),
    });
    rowOf.push(index);
  });
  return { selections, rowOf };
}

/**
 * Whether a warning value lies on the bad side of the target (or at it), as the spec defines it:
 * below a target that is better higher, above one that is better lower.
 */
export function warningOnBadSide(better: KpiMetric['better'], target: number, warning: number): boolean {
  return better === 'HIGHER' ? warning <= target : warning >= target;
}
