/** How many cards a day may bring when no interview paces them (the settings newCardsPerDay / reviewsPerDay). */
export interface DailyLimits {
  readonly newCardsPerDay: number;
  readonly reviewsPerDay: number;
}

export const defaultDailyLimits: DailyLimits = { newCardsPerDay: 20, reviewsPerDay: 200 };
