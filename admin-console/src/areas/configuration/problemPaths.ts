import { ProblemError } from '../../api/problem';

/**
 * The same error with each field error renamed by `rename` (unchanged where it answers
 * undefined), so that a form editing one item of a section can take the section's field errors
 * (`orgUnits[6].name`) under its own field names (`name`).
 */
export function remapProblem(error: unknown, rename: (field: string) => string | undefined): unknown {
  if (!(error instanceof ProblemError)) return error;
  const errors = error.problem.errors?.map((item) => ({ ...item, field: rename(item.field) ?? item.field }));
  return new ProblemError({ ...error.problem, errors });
}

/** The field errors of the item at `prefix` (e.g. `orgUnits[6]`) under the item's own field names. */
export function itemProblem(error: unknown, prefix: string): unknown {
  return remapProblem(error, (field) =>
    field.startsWith(`${prefix}.`) ? field.slice(prefix.length + 1) : undefined,
  );
}
