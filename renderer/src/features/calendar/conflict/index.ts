/** Showing a refused booking, move or edit: clashes with the sessions they clash with, override, decisions. */
export { ClashItems, ClashList } from './ClashList';
export { ConflictPanel, type ConflictAction, type ConflictPanelProps } from './ConflictPanel';
export { DecisionList, type DecisionField } from './DecisionList';
export { OverrideField } from './OverrideField';
export { conflictNames, type ConflictNames } from './names';
export { clashMessage, clashedWithMessage, sessionsClashedWith } from './clashText';
export {
  decisionInputs,
  decisionPathDate,
  defaultDraft,
  withDefaults,
  type DecisionDraft,
  type DecisionDrafts,
} from './decisions';
export { isScheduleConflict } from './isScheduleConflict';
