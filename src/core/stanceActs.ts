import type { StanceType } from './stanceTypes.ts';

// The coding guide's one line per stance type (data/FORMAT.md, "Coding
// stances"): what act in the source makes a sentence that type. The studio
// shows it beside each choice, so authors code as the THAAD file is coded.

export const STANCE_ACTS: Readonly<Record<StanceType, string>> = {
  supports: 'backs it, insists it is right, acts to make it happen',
  cooperates: 'works with the other side, joins forces',
  reassures: 'assures the other side of support',
  opposes: 'is against it, urges it be dropped',
  threatens: 'is a danger to the other side, or announces harm to it',
  warns: 'tells of consequences or tensions to come, or of measures it will take',
  retaliates: 'acts against the other side in reprisal',
  criticizes: 'accuses or faults the other side',
  dismisses: 'brushes aside the other side’s claims or fears',
  concerned: 'fears the other side or what it may do',
};
