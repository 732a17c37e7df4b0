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
