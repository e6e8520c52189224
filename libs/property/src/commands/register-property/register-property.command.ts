import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { PropertyCommandResult } from '../property-command.result';
import { RegisterPropertyRequestDto } from './register-property.request.dto';

export class RegisterPropertyCommand extends Command<PropertyCommandResult> {
  constructor(
    readonly request: RegisterPropertyRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
