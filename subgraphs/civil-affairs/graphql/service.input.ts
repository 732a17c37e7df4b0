import { EventOn, IdempotencyKey, PeriodBound } from '../../../shared/input/fields.js';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Department, ServiceArea, ServiceMethod } from '../../../shared/enums.js';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import { IsDivisionCode } from '../../../shared/validation.js';
import { ProcurementMethod, ProjectStatus, TargetGroup } from './enums.js';
import { ProjectServiceItemInput, ProjectTargetInput } from './project-lifecycle.input.js';
import { Amount, FreeText, TermEndDate } from '../../../shared/input/rules.js';

@InputType({ description: 'Which projects to list (项目筛选)' })
export class ServiceProjectFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only projects bought in this division subtree',
  })
  regionCode?: string | null;

  @Field(() => Department, { nullable: true, description: 'Only projects led by this department' })
  leadDepartment?: Department | null;

  @Field(() => ServiceArea, { nullable: true, description: 'Only projects working in this area' })
  serviceArea?: ServiceArea | null;

  @Field(() => ProjectStatus, { nullable: true, description: 'Only projects with this status' })
  status?: ProjectStatus | null;
}

@InputType({ description: 'A purchased-service project for the catalogue (新建购买服务项目)' })
export class CreateServiceProjectInput {
  @Field({ description: 'Project name (项目名称)' })
  @Length(1, 200)
  name!: string;

  @Field(() => Department, { description: 'Lead department (牵头部门)' })
  leadDepartment!: Department;

  @Field(() => ID, { nullable: true, description: 'Contracted agency (承接机构)' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field({ description: 'Division of the purchasing authority, usually a county (采购主体所在地)' })
  @IsDivisionCode()
  regionCode!: string;

  @Field(() => [ID], { description: 'Stations that deliver it (服务站点)' })
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  stationIds!: string[];

  @Field(() => [ServiceArea], { description: 'Service areas (服务领域)' })
  @ArrayMinSize(1)
  serviceAreas!: ServiceArea[];

  @Field(() => [TargetGroup], { description: 'Groups served (服务对象)' })
  @ArrayMinSize(1)
  targetGroups!: TargetGroup[];

  @EventOn('Contract start (服务期起)')
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Contract end, not before the start (服务期止)' })
  @TermEndDate()
  endsOn!: string;

  @Field(() => MoneyScalar, { description: 'Contract amount, not negative (合同金额)' })
  @Amount('contractAmount')
  contractAmount!: bigint;

  @Field(() => ProcurementMethod, {
    nullable: true,
    description: 'How it is to be purchased (购买方式), if decided',
  })
  procurementMethod?: ProcurementMethod | null;

  @Field(() => [ProjectServiceItemInput], {
    defaultValue: [],
    description: 'Services the departments bring into the bundle (下沉服务事项)',
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  serviceItems!: ProjectServiceItemInput[];

  @Field(() => [ProjectTargetInput], {
    defaultValue: [],
    description: 'Contracted indicators (绩效指标), one per indicator',
  })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  targets!: ProjectTargetInput[];

  @IdempotencyKey('Key of the creating system: the same request again returns the first project')
  idempotencyKey?: string | null;
}

@InputType({ description: 'Which service records to list (服务记录筛选)' })
export class ServiceRecordFilter {
  @Field(() => ID, { nullable: true, description: 'Only services of this station' })
  stationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only services under this project' })
  projectId?: string | null;

  @Field(() => ServiceMethod, { nullable: true, description: 'Only this method' })
  method?: ServiceMethod | null;

  @Field(() => ServiceArea, { nullable: true, description: 'Only services in this area' })
  serviceArea?: ServiceArea | null;

  @Field(() => TargetGroup, { nullable: true, description: 'Only services to this group' })
  targetGroup?: TargetGroup | null;

  @PeriodBound('Served on or after')
  from?: string | null;

  @PeriodBound('Served on or before')
  to?: string | null;
}

@InputType({ description: 'A delivered service (记录服务)' })
export class RecordServiceInput {
  @Field(() => ServiceMethod, { description: 'Method (服务方法)' })
  method!: ServiceMethod;

  @Field(() => ID, { description: 'Station whose team delivered it (服务站点)' })
  @IsUUID()
  stationId!: string;

  @Field(() => ServiceArea, {
    nullable: true,
    description:
      'Service area (服务领域); optional, but a record without one counts as unclassified',
  })
  serviceArea?: ServiceArea | null;

  @Field(() => [TargetGroup], {
    defaultValue: [],
    description: 'Groups served (服务对象类别), each at most once',
  })
  @ArrayUnique()
  @ArrayMaxSize(Object.keys(TargetGroup).length)
  targetGroups!: TargetGroup[];

  @Field(() => ID, { nullable: true, description: 'Project it was delivered under (所属项目)' })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Social workers who delivered it' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  workerIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Registered people who received it' })
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  personIds!: string[];

  @EventOn('Date of service (服务日期)')
  servedOn!: string;

  @Field(() => Float, { description: 'Hours spent, 0–24 (服务时长)' })
  @Min(0)
  @Max(24)
  hours!: number;

  @Field(() => Int, { description: 'Person-times served, at least the people listed (服务人次)' })
  @IsInt()
  @Min(0)
  @Max(100000)
  personTimes!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Households reached, for home visits (户数)' })
  @IsInt()
  @Min(0)
  @Max(100000)
  households!: number;

  @Field(() => String, { nullable: true, description: 'What was done (服务摘要)' })
  @FreeText()
  @IsOptional()
  @Length(1, 2000)
  summary?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Key chosen by the writing system; a retry with the same key returns the first record',
  })
  @IsOptional()
  @Length(1, 100)
  idempotencyKey?: string | null;
}

@InputType({ description: 'Which temporary assistance grants to list (临时救助筛选)' })
export class AssistanceFilter {
  @Field(() => String, { nullable: true, description: 'Only grants in this division subtree' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only grants to this person' })
  personId?: string | null;

  @PeriodBound('Granted on or after')
  from?: string | null;

  @PeriodBound('Granted on or before')
  to?: string | null;
}

@InputType({ description: 'A temporary assistance grant (临时救助)' })
export class GrantTemporaryAssistanceInput {
  @Field(() => ID, { description: 'Applicant, representing the household (申请人)' })
  @IsUUID()
  personId!: string;

  @Field(() => MoneyScalar, { description: 'Amount, more than zero (救助金额)' })
  @Amount('temporaryAssistance')
  amount!: bigint;

  @EventOn('Date granted (救助日期)')
  grantedOn!: string;

  @Field({ description: 'Reason (救助事由)' })
  @FreeText()
  @Length(1, 500)
  reason!: string;

  @Field(() => ID, { nullable: true, description: 'Station that handled it (经办站点)' })
  @IsOptional()
  @IsUUID()
  stationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Key chosen by the writing system; a retry with the same key returns the first grant',
  })
  @IsOptional()
  @Length(1, 100)
  idempotencyKey?: string | null;
}
