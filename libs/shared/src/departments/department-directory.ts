import directory from './departments.json';

export interface Department {
  readonly code: string;
  readonly name: string;
  /** 主管部门: the department that reviews this one's transfers. */
  readonly supervisor: string;
}

/** Departments and who supervises whom, as data. */
export class DepartmentDirectory {
  private readonly byCode: ReadonlyMap<string, Department>;

  constructor(departments: readonly Department[]) {
    this.byCode = new Map(departments.map((d) => [d.code, d]));
  }

  static demo(): DepartmentDirectory {
    return new DepartmentDirectory(directory.departments);
  }

  get(code: string): Department | undefined {
    return this.byCode.get(code);
  }

  /** The supervising department; a department missing from the directory supervises itself. */
  supervisorOf(code: string): string {
    return this.byCode.get(code)?.supervisor ?? code;
  }

  sameSupervisor(a: string, b: string): boolean {
    return this.supervisorOf(a) === this.supervisorOf(b);
  }

  all(): Department[] {
    return [...this.byCode.values()];
  }
}
