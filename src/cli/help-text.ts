// The text of `evidence --help` and `evidence help COMMAND`, kept together so the overview and the
// per-command pages agree.

export const COMMAND_HELP: Record<string, string> = {
  import: `Usage: evidence import FILE... --out BUNDLE

Imports documents (.txt, .md, .html) as sources into BUNDLE, creating it when it does not exist.
A file already in the bundle (the same bytes) is skipped, so importing again adds nothing.
Every file is read and checked before anything is written; one bad file changes nothing.

Options:
  -o, --out BUNDLE   the bundle to create or extend (required)

Environment:
  EVIDENCE_RESEARCHER_ID    researcher id stamped on new records (default: cli)
  EVIDENCE_RESEARCHER_NAME  display name for that researcher when it is new
`,
  brief: `Usage: evidence brief BUNDLE --out NOTE.md [--title TITLE]

Writes a Markdown briefing note from the bundle's accepted and verified claims, each with a
numbered citation and the exact quote from its source.

Options:
  -o, --out NOTE.md  the note to write (required)
  -t, --title TITLE  the note's title (default: "Briefing note")
`,
  merge: `Usage: evidence merge A B --out C

Merges bundles A and B into C. For each record the newer version wins; deletions are kept.
Prints what changed, versions by other researchers that lost (to review), and tags that
look like duplicates. C may be A or B; it is replaced only when the merge succeeds.

Options:
  -o, --out C        the bundle to write (required)
`,
};

export const OVERVIEW = `Usage: evidence COMMAND [ARGS]

Offline evidence review from the command line: the same core as the workbench app.

Commands:
  import FILE... --out BUNDLE        import documents into a bundle
  brief BUNDLE --out NOTE.md         write a briefing note with exact citations
  merge A B --out C                  merge two bundles
  help COMMAND                       show help for a command

Options:
  -h, --help      show this help
  -v, --version   show the version
`;
