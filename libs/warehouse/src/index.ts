export * from './domain/warehouse-requests.events';
export * from './domain/warehouse-requests.errors';
export * from './commands/request.result';
export * from './commands/reason.request.dto';
export * from './commands/post-demand/post-demand.request.dto';
export * from './commands/request-purchase/request-purchase.request.dto';
export * from './commands/warehouse-request.commands';
export { WarehouseModule } from './warehouse.module';
