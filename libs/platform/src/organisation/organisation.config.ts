import { IsIn, IsOptional } from 'class-validator';
import { moduleConfig } from '../config/module-config';

export class OrganisationConfig {
  /** Seeds the demo tree (市 → 区 → 主管部门 → 单位) into an empty organisation at start. The embedded start sets it. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'ORG_SEED_DEMO must be true or false' })
  ORG_SEED_DEMO?: 'true' | 'false';
}

export const organisationConfig = moduleConfig('organisation', OrganisationConfig);
