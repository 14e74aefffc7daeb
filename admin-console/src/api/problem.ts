/** An RFC 9457 problem as the platform answers it (openapi/specs/problem.yaml). */
export interface FieldError {
  field: string;
  message: string;
  allowedValues?: string[];
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  requestId?: string;
  errors?: FieldError[];
}

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

/**
 * A field path of a problem (`parties[0].idNumber`) as an Ant Design form name path
 * (['parties', 0, 'idNumber']).
 */
export function namePathOf(field: string): (string | number)[] {
  return field
    .split(/[.[\]]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
