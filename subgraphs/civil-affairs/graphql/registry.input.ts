import { ArrayMaxSize, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsCreditCode, IsDivisionCode, IsIdentityNumber } from '../../../shared/validation.js';
import { Certification, Employment, PersonCategory } from './enums.js';
import { DateScalar } from '../../../shared/scalars.js';
import { EventDate } from '../../../shared/input/rules.js';

@InputType({ description: 'Which agencies to list (机构筛选)' })
export class AgencyFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only agencies registered in this division subtree',
  })
  regionCode?: string | null;
}

@InputType({
  description:
    'An agency to register; registering the same credit code again updates it (登记机构)',
})
export class RegisterAgencyInput {
  @Field({ description: 'Registered name (机构名称)' })
  @Length(1, 200)
  name!: string;

  @Field({ description: 'Unified social credit code (统一社会信用代码)' })
  @IsCreditCode()
  creditCode!: string;

  @Field({ description: 'Division where it is registered (登记地)' })
  @IsDivisionCode()
  regionCode!: string;

  @Field(() => String, { nullable: true, description: 'Office address (地址)' })
  @IsOptional()
  @Length(1, 300)
  address?: string | null;
}

@InputType({ description: 'Which social workers to list (社工筛选)' })
export class SocialWorkerFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only workers registered in this division subtree',
  })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only workers posted at this station' })
  stationId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only certified (true) or uncertified (false) workers',
  })
  certified?: boolean | null;
}

@InputType({ description: 'A social worker to register; idempotent by identity number (登记社工)' })
export class RegisterSocialWorkerInput {
  @Field({ description: 'Name (姓名)' })
  @Length(1, 100)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Identity number, to recognise a worker registered twice',
  })
  @IsOptional()
  @IsIdentityNumber()
  identityNumber?: string | null;

  @Field({ description: 'Division where the worker is registered' })
  @IsDivisionCode()
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: 'Station the worker is posted at (驻站)' })
  @IsOptional()
  @IsUUID()
  stationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Employing agency (所属机构)' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field(() => Employment, { description: 'Employment: full-time, part-time, dispatched…' })
  employment!: Employment;

  @Field(() => Certification, {
    defaultValue: Certification.NONE,
    description: 'Qualification held',
  })
  certification!: Certification;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the qualification was obtained (取证日期); only with a qualification',
  })
  @EventDate()
  certifiedOn?: string | null;
}

@InputType({ description: 'Which people to list (服务对象筛选)' })
export class PersonFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only people living in this division subtree',
  })
  regionCode?: string | null;

  @Field(() => PersonCategory, { nullable: true, description: 'Only people in this category' })
  category?: PersonCategory | null;
}

@InputType({
  description:
    'A person to register; registering the same identity number again updates the record (登记服务对象)',
})
export class RegisterPersonInput {
  @Field({ description: 'Resident identity number (居民身份证号码)' })
  @IsIdentityNumber()
  identityNumber!: string;

  @Field({ description: 'Name (姓名)' })
  @Length(1, 100)
  name!: string;

  @Field({ description: 'Division of residence, a township or village (居住地)' })
  @IsDivisionCode(['TOWNSHIP', 'VILLAGE'])
  regionCode!: string;

  @Field(() => [PersonCategory], { defaultValue: [], description: 'Categories in the register' })
  @ArrayMaxSize(8)
  categories!: PersonCategory[];
}
