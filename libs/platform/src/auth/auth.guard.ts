import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { Actor, Role, ROLES as ALL_ROLES } from '@app/shared';
import { AuthenticatedRequest, IS_PUBLIC, ROLES } from './auth.decorators';

interface TokenClaims {
  sub: string;
  role: Role;
  dept: string | null;
  name: string;
}

/** Every route needs a valid bearer token unless marked @Public; @Roles narrows who may call it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
    if (!token) throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'Authorization: Bearer <token> is required' });
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new UnauthorizedException({ code: 'INVALID_TOKEN', message: 'the bearer token is invalid or expired' });
    }
    if (!(ALL_ROLES as readonly string[]).includes(claims.role)) {
      throw new UnauthorizedException({ code: 'INVALID_TOKEN', message: 'the bearer token names an unknown role' });
    }
    const actor: Actor = { userId: claims.sub, role: claims.role, departmentId: claims.dept, displayName: claims.name };
    request.actor = actor;
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

export function claimsFor(actor: Actor): TokenClaims {
  return { sub: actor.userId, role: actor.role, dept: actor.departmentId, name: actor.displayName };
}
