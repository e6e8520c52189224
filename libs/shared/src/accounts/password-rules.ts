/**
 * Password rules (in the spirit of GB/T 22239-2019 等保 2.0 "口令应有复杂度要求"): at least 10 characters,
 * at least three of upper-case letters, lower-case letters, digits and other characters, and not
 * containing the username. 128 characters at most (the slow hash is given bounded input).
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too-short' | 'too-long' | 'too-few-kinds' | 'contains-username';

export function passwordProblems(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too-short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too-long');
  const kinds = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (kinds < 3) problems.push('too-few-kinds');
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) problems.push('contains-username');
  return problems;
}
