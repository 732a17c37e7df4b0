import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { personalRecords } from '../../../shared/department/personal-records.js';
import { FEDERATION_RECORDS } from '../access.js';
import { AssistiveDeviceView, toAssistiveDeviceView } from '../graphql/assistive-device.js';
import {
  DisabilityCertificateView,
  toDisabilityCertificateView,
} from '../graphql/disability-certificate.js';
import { PersonRef } from '../graphql/references.js';
import {
  RehabilitationServiceView,
  toRehabilitationServiceView,
} from '../graphql/rehabilitation-service.js';
import type { DisabilityContext } from '../loaders.js';

@Resolver(() => PersonRef)
export class DisabilityPersonResolver {
  @FieldResolver(() => DisabilityCertificateView, {
    nullable: true,
    description:
      "Disability certificate (残疾人证): for the federation's caseworkers, analysts (de-identified) and supervisors who state a purpose (logged)",
  })
  async disabilityCertificate(@Root() person: { id: string }, @Ctx() ctx: DisabilityContext) {
    const certificate = await ctx.loaders.certificateByPerson.load(person.id);
    return certificate ? toDisabilityCertificateView(certificate, ctx) : null;
  }

  @FieldResolver(() => [RehabilitationServiceView], {
    nullable: true,
    description:
      "Rehabilitation received (康复服务), newest first: for the federation's case teams and supervisors who state a purpose (logged)",
  })
  async rehabilitationServices(@Root() person: { id: string }, @Ctx() ctx: DisabilityContext) {
    const records = await personalRecords(
      ctx,
      'assistance',
      FEDERATION_RECORDS,
      'rehabilitationServices',
      person,
      () => ctx.loaders.rehabilitationByPerson.load(person.id),
      (record) => record.personRegionCode,
    );
    return records?.map(toRehabilitationServiceView) ?? null;
  }

  @FieldResolver(() => [AssistiveDeviceView], {
    nullable: true,
    description:
      "Assistive devices received (辅助器具), newest first: for the federation's case teams and supervisors who state a purpose (logged)",
  })
  async assistiveDevices(@Root() person: { id: string }, @Ctx() ctx: DisabilityContext) {
    const records = await personalRecords(
      ctx,
      'assistance',
      FEDERATION_RECORDS,
      'assistiveDevices',
      person,
      () => ctx.loaders.devicesByPerson.load(person.id),
      (record) => record.personRegionCode,
    );
    return records?.map(toAssistiveDeviceView) ?? null;
  }
}
