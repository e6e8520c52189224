import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { Actor, Role } from '@app/shared';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';
export const PASSWORD_CHANGE_PENDING_OK = 'auth:password-change-pending-ok';

/** No identity needed (health, docs, demo login). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the endpoint. The OpenAPI document names them too (`x-roles`), so clients and tests can tell who may call what. */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES, roles), ApiExtension('x-roles', roles));

/** Reachable while the account must still change its initial password (who am I, change it, sign out). */
export const WhilePasswordChangePending = () => SetMetadata(PASSWORD_CHANGE_PENDING_OK, true);

export interface AuthenticatedRequest {
  actor?: Actor;
  sessionId?: string;
  headers: Record<string, string | string[] | undefined>;
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});

export const CurrentSessionId = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const id = ctx.switchToHttp().getRequest<AuthenticatedRequest>().sessionId;
  if (!id) throw new Error('CurrentSessionId used on a public route');
  return id;
});
