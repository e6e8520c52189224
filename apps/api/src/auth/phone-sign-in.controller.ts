import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/platform/auth/auth.decorators';
import { CodeSent, PhoneSignInService } from '@app/platform/auth/phone-sign-in.service';
import { SignedIn } from '@app/platform/auth/session.service';
import { SignInThrottle } from '../hardening/throttling';
import { CodeSentView, SignedInView } from './actor.view';
import { PhoneCodeRequestDto, PhoneSignInRequestDto } from './phone-sign-in.requests.dto';

/** Residents' own sign-up and sign-in by mobile number and a one-time code (only when an SMS provider is configured). */
@ApiTags('auth')
@Controller('auth/phone')
export class PhoneSignInController {
  constructor(private readonly phone: PhoneSignInService) {}

  @Public()
  @SignInThrottle()
  @Post('code')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Send a 6-digit code by SMS (same answer whether or not the number has an account); one per SMS_RESEND_SECONDS and SMS_CODES_PER_HOUR per number (429 with Retry-After)',
  })
  @ApiOkResponse({ type: CodeSentView })
  requestCode(@Body() body: PhoneCodeRequestDto): Promise<CodeSent> {
    return this.phone.requestCode(body.phone);
  }

  @Public()
  @SignInThrottle()
  @Post('sign-in')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in with the code: the first time creates the resident account (role resident, no unit); a code works once, for SMS_CODE_SECONDS, and is void after SMS_CODE_MAX_ATTEMPTS wrong tries',
  })
  @ApiOkResponse({ type: SignedInView })
  signIn(@Body() body: PhoneSignInRequestDto): Promise<SignedIn> {
    return this.phone.verify(body.phone, body.code);
  }
}
