// Shown in the Library after an import left files out because their text is already in the library (the
// same document in another file or encoding): what each one repeats, "Import anyway" to add them as
// sources of their own, and "Keep one copy" to leave things as they are.
type Props = { messages: string[]; onImportAnyway: () => void; onDismiss: () => void };

export function SameTextPrompt({ messages, onImportAnyway, onDismiss }: Props) {
  return (
    <div className="same-text" role="group" aria-label="Same text already in the library">
      {messages.map((message, i) => (
        <p key={i}>{message}</p>
      ))}
      <div className="same-text-actions">
        <button type="button" className="button" onClick={onImportAnyway}>
          Import anyway
        </button>
        <button type="button" className="button-quiet" onClick={onDismiss}>
          Keep one copy
        </button>
      </div>
    </div>
  );
}
