export * from './merkle';
export * from './canonical';
export * from './tree-head';
export * from './audit-package';
export * from './audit-package-files';
export * from './epoch-statement';
export * from './stored-tree';
