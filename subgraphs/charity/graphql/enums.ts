import { registerEnumType } from 'type-graphql';
import { CharityFundKind, CharityRecipientKind } from '../entities/enums.js';

registerEnumType(CharityFundKind, {
  name: 'CharityFundKind',
  description: 'Kind of charity fund (基金类型)',
  valuesConfig: {
    COMMUNITY_GOVERNANCE: { description: 'Community governance special fund (社区治理专项基金)' },
    CHARITY_ASSOCIATION: { description: 'Charity association fund (慈善会基金)' },
    WELFARE_LOTTERY: { description: 'Welfare-lottery public-welfare fund (福彩公益金)' },
  },
});

registerEnumType(CharityRecipientKind, {
  name: 'CharityRecipientKind',
  description: 'Recipient of a charity grant (资助对象)',
  valuesConfig: {
    PROJECT: { description: 'A purchased-service project (项目)' },
    COMMUNITY: { description: 'A community or village (社区/村)' },
    PERSON: { description: 'A person in difficulty (个人)' },
  },
});

export { CharityFundKind, CharityRecipientKind };
