/** Department codes: an upper-case letter, then upper-case letters, digits or dashes (D-EDU, D-SCH1). */
export const DEPARTMENT_CODE_PATTERN = /^[A-Z][A-Z0-9-]{1,31}$/;
export const DEPARTMENT_CODE_MESSAGE = 'must be a department code such as D-EDU';
