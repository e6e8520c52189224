import { Global, Module } from '@nestjs/common';
import { DepartmentDirectory } from '@app/shared';

/** Who the departments are and who supervises whom: one directory for the deciders and the read side alike. */
@Global()
@Module({
  providers: [{ provide: DepartmentDirectory, useFactory: () => DepartmentDirectory.demo() }],
  exports: [DepartmentDirectory],
})
export class DepartmentDirectoryModule {}
