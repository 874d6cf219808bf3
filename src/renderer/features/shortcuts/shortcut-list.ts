// Every keyboard shortcut of the workbench, by where it works: the one list the "Keyboard shortcuts"
// dialog shows. The handlers live with their features; this list is what the researcher reads.
export type Shortcut = { keys: string[]; action: string };
export type ShortcutGroup = { where: string; shortcuts: Shortcut[] };

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    where: 'Anywhere',
    shortcuts: [
      { keys: ['?'], action: 'Show these keyboard shortcuts' },
      { keys: ['Ctrl', 'Z'], action: 'Undo the last delete, edit or removal' },
      { keys: ['Tab'], action: 'Move between panes and controls' },
    ],
  },
  {
    where: 'In the document text',
    shortcuts: [
      { keys: ['N'], action: 'Select the next sentence' },
      { keys: ['P'], action: 'Select the previous sentence' },
      { keys: ['Shift', 'N'], action: 'Grow the selection by the next sentence' },
      { keys: ['Shift', 'P'], action: 'Grow the selection by the previous sentence' },
      { keys: ['Enter'], action: 'Add a claim for the selection' },
      { keys: ['Esc'], action: 'Clear the selection' },
      { keys: ['Ctrl', 'F'], action: 'Find in document (Cmd+F on a Mac)' },
    ],
  },
  {
    where: 'In Find in document',
    shortcuts: [
      { keys: ['Enter'], action: 'Next match' },
      { keys: ['Shift', 'Enter'], action: 'Previous match' },
      { keys: ['Esc'], action: 'Close the find bar' },
    ],
  },
  {
    where: 'In the claim form',
    shortcuts: [
      { keys: ['Ctrl', 'Enter'], action: 'Save claim' },
      { keys: ['Esc'], action: 'Cancel' },
      { keys: ['Enter'], action: 'Add the typed tag (in Tags)' },
    ],
  },
  {
    where: 'In the Suggestions list',
    shortcuts: [
      { keys: ['↑'], action: 'Previous suggestion' },
      { keys: ['↓'], action: 'Next suggestion' },
      { keys: ['A'], action: 'Accept' },
      { keys: ['R'], action: 'Reject' },
    ],
  },
  {
    where: 'On a claim or suggestion',
    shortcuts: [
      { keys: ['1', '…', '9'], action: 'Add or remove the codebook’s tag with that number' },
      { keys: ['/'], action: 'Edit the claim’s tags' },
    ],
  },
  {
    where: 'In the side pane’s tabs',
    shortcuts: [{ keys: ['←', '→'], action: 'Switch between Claims and Suggestions' }],
  },
];
