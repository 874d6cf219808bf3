// The text of `evidence --help` and `evidence help COMMAND`, kept together so the overview and the
// per-command pages agree.

export const COMMAND_HELP: Record<string, string> = {
  import: `Usage: evidence import FILE... --out BUNDLE
       evidence import FILE --new-version-of ID --out BUNDLE

Imports documents (.txt, .md, .html, .docx, .pdf) as sources into BUNDLE, creating it when it does not exist.
Annotation and QDA files among the FILEs (W3C Web Annotation JSON-LD, Hypothesis export JSON, and REFI-QDA
.qdpx/.qdc where supported), told apart by their content, are read after the documents and merged in:
their annotations become claims on the bundle's sources (found by hash, web address, then quote), and
what they hold that cannot be brought in is listed as "not brought in" with the reason.
A file already in the bundle (the same bytes) is skipped, so importing again adds nothing; so is a file
whose text is already there from another file or encoding (a UTF-16 copy of a UTF-8 file).
Every file is read and checked before anything is written; one bad file changes nothing.
A file that looks like a new version of a source in the bundle (the same title or URL, or at least 60% of
its text the same) is skipped with a hint: say --new-version-of ID to import it as that source's new version
(its claims are re-anchored onto the new text: moved, flagged "quote changed", or kept as orphans), or
--separate to add it as a source of its own.

Options:
  -o, --out BUNDLE   the bundle to create or extend (required)
  --allow-same-text  add a file even when its text is already in the bundle
  --new-version-of ID  import the one FILE as a new version of source ID, moving its claims
  --separate         add files that look like new versions of a source as sources of their own

Environment:
  EVIDENCE_RESEARCHER_ID    researcher id stamped on new records (default: cli)
  EVIDENCE_RESEARCHER_NAME  display name for that researcher when it is new
`,
  brief: `Usage: evidence brief BUNDLE --out FILE [--format md|html|docx|pdf] [--style harvard|apa|chicago] [--title TITLE] [--timings] [--no-cache]

Writes a briefing from the bundle's accepted and verified claims: Key figures, Timeline, Positions,
Cross-checks, Quotes and References. Every statement carries a numbered citation holding the exact
quote from its source and where to find it ("p. 4" in a paginated source, else "para. 12").
Each quote is checked again against its source's text; any that no longer matches exactly is listed
on stderr and marked "unverified" in the briefing, which is still written.

Options:
  -o, --out FILE       the briefing to write (required)
  -f, --format FORMAT  md (Markdown, footnotes), html (one self-contained page), docx or pdf;
                       default: from FILE's extension (.md, .html, .docx, .pdf), else md
  -s, --style STYLE    references in harvard (Cite Them Right), apa (APA 7th) or chicago
                       (Chicago author-date); default: harvard
  -t, --title TITLE    the briefing's title (default: "Briefing note")
      --timings        print on stderr how long reading, composing and writing took
      --no-cache       neither read nor keep formatted references (see below)

The references of a briefing citing a thousand sources or more are formatted on every core, in
worker threads. Formatted references are kept in a cache file for the next run, so a briefing
written again after some edits formats only what changed: an edited source (with the sources its
reference could be confused with); a style not used before, or new versions of the bundled styles,
locales or citation formatter, format everything again. The cache is citations.jsonl in EVIDENCE_CACHE_DIR, else the
user's cache folder (~/.cache/evidence-workbench on Linux, or under XDG_CACHE_HOME;
~/Library/Caches/evidence-workbench on macOS; %LOCALAPPDATA%\\evidence-workbench\\Cache on Windows).
It holds the titles, authors and addresses of the sources briefed, and is safe to delete. Environment:
  EVIDENCE_BRIEF_THREADS    threads for the references, this one included (1: none)
  EVIDENCE_CACHE_DIR        the folder for the cache file
  EVIDENCE_NO_CACHE         when set, as --no-cache for every run
`,
  export: `Usage: evidence export BUNDLE --format FORMAT --out FILE [--kinds K,K] [--tag NAME]

Writes the bundle's claims in an interchange format: w3c (W3C Web Annotation JSON-LD: one Annotation
per claim, our typed fields in a vocabulary of our own, positions in Unicode code points), csv (one row
per claim, UTF-8 with a BOM, formula-looking cells escaped), and qdpx or qdc (REFI-QDA project or
codebook) where this version supports them. FILE is written only on success.

Options:
  -o, --out FILE       the file to write (required)
  -f, --format FORMAT  w3c, csv, qdpx or qdc; default: from FILE's extension (.jsonld, .csv, .qdpx, .qdc)
  -k, --kinds KINDS    only claims of these kinds, comma-separated (figure, date, stance, quote)
  -t, --tag NAME       only claims with this tag or a tag under it
`,
  merge: `Usage: evidence merge A B --out C

Merges bundles A and B into C. For each record the newer version wins; deletions are kept.
Prints what changed, versions by other researchers that lost (to review), and tags that
look like duplicates. C may be A or B; it is replaced only when the merge succeeds.

Options:
  -o, --out C        the bundle to write (required)
`,
  sync: `Usage: evidence sync BUNDLE --server URL --db NAME [--user USER --password-file FILE]

Syncs BUNDLE's library with a team database on a CouchDB-protocol server (Apache CouchDB, IBM
Cloudant, PouchDB Server), both ways, once: what the server has is merged into BUNDLE as importing a
bundle would merge it (versions by other researchers that lost are listed for review), and what BUNDLE
has that the server lacks is sent. BUNDLE is created when it does not exist. Documents on the server
that are not valid records are named on stderr and left out; the rest syncs.
The server must use https; plain http is accepted only for a server on this computer (localhost).

Options:
  -s, --server URL        the server's address, e.g. https://couch.example.org (required)
  -d, --db NAME           the team's database on that server (required)
  -u, --user USER         the user name to sign in with (with --password-file)
  --password-file FILE    a file whose first line is the password (never given on the command line)

Exit status: 0 synced; 1 the server could not be reached (BUNDLE unchanged), or the server refused this
user's changes (read-only: BUNDLE has what was received); 2 a wrong password (401), no access (403), no
such database (404), or bad arguments (BUNDLE unchanged).
`,
  extract: `Usage: evidence extract FILE [--json] [--password PASSWORD] [--ocr MODE] [--ocr-lang CODE]

Prints the text the app stores for FILE (.txt, .md, .html, .htm, .docx, .pdf): PDF text in
reading order, pages separated by a blank line. With --json, prints one JSON object:
{"title", "format", "metadata", "text", "pages": [{"index", "label", "start", "end", "ocr",
"unreadable"}], "notes"}, where start and end are offsets of each page's text in "text" (UTF-16
code units), "ocr": {"confidence"} marks a page read by OCR (mean word confidence, 0-100),
"unreadable" counts characters kept as "\uFFFD" because the font gave no Unicode for them, and
"notes" says what could not be read. Without --json the notes go to standard error.

PDF pages that look scanned, or whose characters are mostly unmapped, are read by OCR
(Tesseract, offline, 300 dpi), one worker thread per core.

Options:
  --json                 print title, format, metadata, text and page map as JSON
  -p, --password PASSWORD  the password of an encrypted PDF
  --ocr MODE             on (default: pages that need it), off, or always (every page);
                         also EVIDENCE_OCR
  --ocr-lang CODE        the OCR language (default eng); others need their npm package
                         @tesseract.js-data/CODE installed
`,
  suggest: `Usage: evidence suggest [--json] [--kinds figure,date,stance] FILE...

Suggests claims in each file, offline: figures (money, percentages, counts, ratios) with their
value and unit, dates with their first and last day, and stances (actor, support/oppose/mixed/
neutral/unsure, topic). With --json, prints one line per file:
{"document": NAME, "suggestions": [{"kind", "start", "end", "text", "value", "unit",
"approximate", "startDate", "endDate", "precision", "actor", "stance", "topic", "statement",
"confidence"}]}
where start and end are UTF-16 offsets into the file's text (what \`extract\` prints), and the
fields between text and confidence are those the app stores on the suggested claim (absent ones
are left out); "statement" is the sentence the suggestion sits in, as a briefing prints it.

Options:
  --json                 print JSON lines
  -k, --kinds KINDS      only these kinds, comma-separated
`,
  codebook: `Usage: evidence codebook BUNDLE --export FILE.csv
       evidence codebook BUNDLE --import FILE.csv

Exports the bundle's codebook (its tags) as CSV, or imports one, so a team can agree a codebook
before coding. Columns: name, parent path, colour, description. A parent path is the names from
the top down joined by "/" ("Funding/Grants"); inside a name "/" is written "\\/" and "\\" is
written "\\\\". Cells a spreadsheet would run as a formula are written with a leading apostrophe.
An import checks the whole file first and names every bad row; it creates the tags that are
missing (and missing parents), updates the colour and description of tags at the same path (a
blank cell keeps the tag's own), and never deletes or renames a tag. BUNDLE is replaced only on
success.

Options:
  --export FILE   write the codebook to FILE
  --import FILE   add the codebook in FILE to BUNDLE

Environment:
  EVIDENCE_RESEARCHER_ID    researcher id stamped on new and changed tags (default: cli)
`,
  search: `Usage: evidence search BUNDLE QUERY [--json] [--format FORMAT] [--tag NAME]

Searches every source's text and every claim's quote, statement, note and tags in BUNDLE, as the app's
Search box does. Every word must match: as typed, as the start of a longer word (the last word), or with
a typo when that finds little. Words in double quotes are a phrase that must appear exactly.
Prints passages grouped by source (the best first), with the words marked «like this», then claims.

Options:
  --json               one JSON object: {"query", "passageCount", "partial", "sources": [{"id", "title",
                       "format", "total", "passages": [{"start", "end", "snippet"}]}], "claims": [{"id",
                       "sourceId", "field", "snippet"}]}; a snippet is {"start", "end", "text", "marks"},
                       offsets into the source's text (a claim's: into that field)
  -f, --format FORMAT  only sources of this format (txt, md, html, pdf, docx) and their claims
  -t, --tag NAME       only claims with this tag, and passages of sources where it is used
`,
};

export const OVERVIEW = `Usage: evidence COMMAND [ARGS]

Offline evidence review from the command line: the same core as the workbench app.

Commands:
  import FILE... --out BUNDLE        import documents into a bundle
  brief BUNDLE --out FILE            write a briefing (md, html, docx, pdf) with exact citations
  merge A B --out C                  merge two bundles
  export BUNDLE --format F --out FILE  write claims as w3c, csv, qdpx or qdc
  extract FILE --json                print a document's text, metadata and page map
  suggest --json FILE...             suggest figures, dates and stances in documents
  codebook BUNDLE --export|--import FILE.csv  export or import the codebook as CSV
  search BUNDLE QUERY                search sources and claims (quoted phrases exact)
  sync BUNDLE --server URL --db NAME  sync a bundle with a team's CouchDB database
  help COMMAND                       show help for a command

Options:
  -h, --help      show this help
  -v, --version   show the version
`;
