import { registerEnumType } from 'type-graphql';
import { DisabilityCategory, RehabilitationKind } from '../entities/enums.js';

// The entities' enums as the graph names and describes them. The API shapes import the enums
// from here, so that they are registered before any schema is built.
export { DisabilityCategory, RehabilitationKind };

registerEnumType(DisabilityCategory, {
  name: 'DisabilityCategory',
  description: 'Category of disability (残疾类别)',
  valuesConfig: {
    VISION: { description: 'Vision (视力残疾)' },
    HEARING: { description: 'Hearing (听力残疾)' },
    SPEECH: { description: 'Speech (言语残疾)' },
    PHYSICAL: { description: 'Physical (肢体残疾)' },
    INTELLECTUAL: { description: 'Intellectual (智力残疾)' },
    MENTAL: { description: 'Mental (精神残疾)' },
    MULTIPLE: { description: 'Multiple (多重残疾)' },
  },
});

registerEnumType(RehabilitationKind, {
  name: 'RehabilitationKind',
  description: 'Kind of rehabilitation service (康复服务类型)',
  valuesConfig: {
    ASSESSMENT: { description: 'Assessment (康复评估)' },
    THERAPY: { description: 'Therapy (康复治疗)' },
    TRAINING: { description: 'Rehabilitation training (康复训练)' },
    HOME_REHABILITATION: { description: 'Home-based rehabilitation (居家康复)' },
  },
});
