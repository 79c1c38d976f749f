import * as vscode from 'vscode';
import type { DailyLimits } from '../../core/scheduling/limits';
import { defaultSchedulerSettings, type SchedulerSettings } from '../../core/scheduling/memory';
import { localTimeZone, studyDayOfDate } from '../../core/scheduling/studyDay';
import { settingSource } from '../../core/workspacePaths';

const section = 'loopPrep.flashcards';
const stepPattern = /^\d+(\.\d+)?[mhd]$/;

type StepUnit = SchedulerSettings['learningSteps'][number];

function steps(value: unknown, fallback: readonly StepUnit[]): readonly StepUnit[] {
  if (!Array.isArray(value) || !value.every((step): step is StepUnit => typeof step === 'string' && stepPattern.test(step))) return fallback;
  return value;
}

function clamp(value: unknown, low: number, high: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : fallback;
}

/** The scheduler settings, read from `loopPrep.flashcards.*` with bad values replaced by defaults. */
export function schedulerSettings(): SchedulerSettings {
  const config = vscode.workspace.getConfiguration(section);
  const interviewDate = config.get<string>('interviewDate', '').trim();
  return {
    timeZone: localTimeZone(),
    dayStartHour: Math.round(clamp(config.get('dayStartHour'), 0, 23, defaultSchedulerSettings.dayStartHour)),
    desiredRetention: clamp(config.get('desiredRetention'), 0.7, 0.99, defaultSchedulerSettings.desiredRetention),
    learningSteps: steps(config.get('learningSteps'), defaultSchedulerSettings.learningSteps),
    relearningSteps: steps(config.get('relearningSteps'), defaultSchedulerSettings.relearningSteps),
    maximumIntervalDays: defaultSchedulerSettings.maximumIntervalDays,
    // A malformed date is ignored rather than guessed at; the settings UI flags it.
    interviewDate: studyDayOfDate(interviewDate) === undefined ? undefined : interviewDate,
  };
}

/** The daily limits, from `loopPrep.flashcards.*`. */
export function dailyLimits(): DailyLimits {
  const config = vscode.workspace.getConfiguration(section);
  return {
    newCardsPerDay: Math.round(clamp(config.get('newCardsPerDay'), 0, 9999, 20)),
    reviewsPerDay: Math.round(clamp(config.get('reviewsPerDay'), 0, 99_999, 200)),
  };
}

/** A deck folder named in the settings, and who named it (see settingSource). */
export interface DeckFolderSetting {
  readonly entry: string;
  readonly scope: 'user' | 'workspace';
}

/** Extra deck folders for a workspace folder, as configured there, each with who set it. */
export function deckFolders(folder: vscode.WorkspaceFolder): DeckFolderSetting[] {
  const source = settingSource(vscode.workspace.getConfiguration(section, folder).inspect<unknown>('deckFolders'));
  if (!source || !Array.isArray(source.value)) return [];
  const { scope } = source;
  return source.value.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '').map((entry) => ({ entry, scope }));
}

/** Whether Space and Enter grade Good on a card's answer side, as in Anki (`loopPrep.flashcards.spaceGradesGood`). */
export function spaceGradesGood(): boolean {
  // Anything but an explicit false (a hand-edited settings.json) keeps Anki's behaviour.
  return vscode.workspace.getConfiguration(section).get<unknown>('spaceGradesGood', true) !== false;
}
