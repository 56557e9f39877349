/**
 * Filters that need no script: each facet value (a level, a format, an outcome
 * status) is a static, linkable list of rounds at /rounds/<facet>/<value>/,
 * paginated like the year pages. The year lists live at /rounds/year/<y>/.
 */
import { FORMAT_LABEL, LEVEL_LABEL, OUTCOME_STATUS_LABEL } from './labels.ts';
import type { Paths } from './paths.ts';
import type { RoundView } from './timeline.ts';

export type Facet = 'level' | 'format' | 'outcome';

interface FacetSpec {
  /** Shown before the values, e.g. `Level`. */
  label: string;
  /** Every value, in the order readers expect, with the words shown for it. */
  values: readonly { value: string; label: string }[];
  /** Whether a round belongs under a value. */
  test(round: RoundView, value: string): boolean;
}

/** The values of a label table, in its order (the schema's order). */
const labelled = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export const FACETS: Record<Facet, FacetSpec> = {
  level: { label: 'Level', values: labelled(LEVEL_LABEL), test: (r, v) => r.data.level === v },
  format: { label: 'Format', values: labelled(FORMAT_LABEL), test: (r, v) => r.data.format === v },
  // A round counts once under each status any of its outcomes reached.
  outcome: { label: 'Outcome', values: labelled(OUTCOME_STATUS_LABEL), test: (r, v) => r.outcomes.some((o) => o.status === v) },
};

/** One filter's list: its facet, value, words, and the rounds that match, in date order. */
export interface FilterList {
  facet: Facet;
  value: string;
  /** e.g. `Ministers`, `Video call`, `Agreed`. */
  label: string;
  rounds: RoundView[];
}

/**
 * The rounds under one facet value, in the order given (date order from the model).
 * @example filterRounds(timeline.rounds, 'format', 'video').map((r) => r.id) // => ['2022-03-14-video', '2022-04-01-video']
 */
export function filterRounds(rounds: readonly RoundView[], facet: Facet, value: string): RoundView[] {
  const spec = FACETS[facet];
  if (!spec) throw new RangeError(`\`${facet}\` is not a filter; use one of ${Object.keys(FACETS).map((f) => `\`${f}\``).join(', ')}`);
  if (!spec.values.some((v) => v.value === value)) {
    throw new RangeError(`\`${value}\` is not a ${facet}; use one of ${spec.values.map((v) => `\`${v.value}\``).join(', ')}`);
  }
  return rounds.filter((r) => spec.test(r, value));
}

/** Every filter list, one per facet value, empty ones included so every address always exists. */
export function filterLists(rounds: readonly RoundView[]): FilterList[] {
  return (Object.keys(FACETS) as Facet[]).flatMap((facet) =>
    FACETS[facet].values.map(({ value, label }) => ({ facet, value, label, rounds: filterRounds(rounds, facet, value) })),
  );
}

/**
 * The address of a filter list's first page.
 * @example filterPath(paths, 'level', 'ministers') // => '/rounds/level/ministers/'
 */
export function filterPath(paths: Paths, facet: Facet, value: string): string {
  return paths.to(`rounds/${facet}/${value}/`);
}

/**
 * The page title of a filter list.
 * @example filterTitle({ facet: 'outcome', label: 'Agreed' }) // => 'Rounds with an outcome agreed'
 */
export function filterTitle(list: Pick<FilterList, 'facet' | 'label'>): string {
  const words = list.label.toLowerCase();
  if (list.facet === 'level') return `Rounds at the level of ${words}`;
  if (list.facet === 'format') return `Rounds held ${list.label === FORMAT_LABEL.video ? 'by video call' : words}`;
  return `Rounds with an outcome ${words}`;
}
