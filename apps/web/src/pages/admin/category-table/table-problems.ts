import { ApiError } from '../../../api/errors';

export interface TableProblem {
  row: number;
  column: string;
  problem: string;
  message: string;
}

/** The per-row problems of a refused table (CATEGORY_TABLE_INVALID), or null for any other error. */
export function tableProblemsOf(error: unknown): { problems: TableProblem[]; count: number } | null {
  if (!(error instanceof ApiError) || error.code !== 'CATEGORY_TABLE_INVALID') return null;
  const problems = Array.isArray(error.body.details?.problems) ? (error.body.details.problems as TableProblem[]) : [];
  const count = typeof error.body.details?.problemCount === 'number' ? error.body.details.problemCount : problems.length;
  return { problems, count };
}
