import { registerEnumType } from 'type-graphql';

/** Category on the disability certificate (残疾类别), numbered as on the certificate. */
export enum DisabilityCategory {
  VISION = 'VISION',
  HEARING = 'HEARING',
  SPEECH = 'SPEECH',
  PHYSICAL = 'PHYSICAL',
  INTELLECTUAL = 'INTELLECTUAL',
  MENTAL = 'MENTAL',
  MULTIPLE = 'MULTIPLE',
}
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

/** Digit of each category in the 20-digit certificate number. */
export const CATEGORY_DIGIT: Record<DisabilityCategory, number> = {
  VISION: 1,
  HEARING: 2,
  SPEECH: 3,
  PHYSICAL: 4,
  INTELLECTUAL: 5,
  MENTAL: 6,
  MULTIPLE: 7,
};

/** Kind of rehabilitation service (康复服务). */
export enum RehabilitationKind {
  ASSESSMENT = 'ASSESSMENT',
  THERAPY = 'THERAPY',
  TRAINING = 'TRAINING',
  HOME_REHABILITATION = 'HOME_REHABILITATION',
}
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
