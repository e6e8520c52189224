import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role } from '@app/shared';
import { AuthenticatedRequest, IS_PUBLIC, PASSWORD_CHANGE_PENDING_OK, ROLES } from './auth.decorators';
import { SessionService } from './session.service';

/**
 * Every route needs a valid bearer token unless marked @Public; @Roles narrows who may call it.
 * The role and unit come from the session and the account as they are now, never from the token.
 * An account whose password must be changed may only change it (and see who it is, or sign out).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
    if (!token) throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'Authorization: Bearer <token> is required' });
    const { actor, sessionId, mustChangePassword } = await this.sessions.authenticate(token);
    request.actor = actor;
    request.sessionId = sessionId;
    if (mustChangePassword && !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_PENDING_OK, targets)) {
      throw new ForbiddenException({ code: 'PASSWORD_CHANGE_REQUIRED', message: 'change your initial password first' });
    }
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (allowed && !allowed.includes(actor.role)) {
      throw new ForbiddenException({
        code: 'ROLE_NOT_ALLOWED',
        message: `role ${actor.role} may not do this; allowed: ${allowed.join(', ')}`,
      });
    }
    return true;
  }
}
