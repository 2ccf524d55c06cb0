"""The version of how a document is read into clean text, paragraphs, chunks and sentences.

An index is rebuilt when its document, model or chunk settings change (store.py); a change in how
askdoc reads a document (a parser, the roles, the sentence units of the chunker) changes the index
as much, so this number goes into the manifest's chunk settings and is raised with such a change:
an index built by the earlier reading is then rebuilt instead of answering from the old units.
"""

# 1: the reading of issue 11 (roles, metadata, reflow), recorded for the first time.
# 2: a definition's term joined to its description's first sentence (text/definitions.py).
# 3: an HTML definition term (<dt>) opens its description's paragraph (formats/html.py).
# 4: an HTML page's title heading, byline, date and licence lines read into its text (formats/html_page.py).
# 5: a PDF's word gaps drawn as TJ pen moves read as spaces (formats/pdf_word_gaps.py).
# 6: a PDF line in larger type that opens in lower case is a heading (formats/pdf.py).
# 7: a PDF page's edge line ending in its printed page number is a running head (formats/pdf_folio.py).
# 8: copyright holder and licence read from a document's terms lines (documents/licence.py); an HTML page's site name
#    (the rest of its <title>) read as a line under the title, the publisher (formats/html_page.py).
# 9: a copyright mark needs its sign or years (documents/licence.py); an organisation holding the copyright is the
#    publisher when no line names one (documents/metadata.py).
# 10: an RFC's or Internet-Draft's header names its authors (formats/rfc_header.py).
# 11: an Authors section's paragraphs name the authors; a copyright line read as a heading at the head names the
#     holder (documents/metadata.py).
# 12: a PDF's running heads numbered in roman numerals (front matter) are furniture too (formats/pdf_folio.py).
# 13: an HTML page's text outside any paragraph (in <body>, a <div>, a <blockquote>) is read (formats/html_loose_text.py).
# 14: a furniture copyright line names a publisher only after its holder or as a body (documents/metadata.py).
# 15: a paragraph knows the headings its section sits under (documents/outline.py); they are indexed with its chunk.
# 16: a PDF heading set over two lines in larger type is one heading (formats/pdf.py: the line spacing scales with
#     the type size), and may end in ")" or "?".
# 17: a PDF's edge lines in capitals whose opening repeats on three pages or more are running heads (formats/pdf.py).
# 18: a PDF heading's level is the rank of its type size among the document's heading sizes (formats/pdf.py).
# 19: a name signed with an e-mail address at a document's head names its author (documents/metadata.py).
# 20: an HTML page's names marked as its authors (class or itemprop "author") are its authors (formats/html_page.py).
# 21: a line that is only a month and a year at a document's head is its date (documents/metadata_lines.py).
# 22: footnote references after a sentence's end ("rich. [1] About") belong to neither sentence (text/sentences.py).
# 23: a heading without a level sits inside the open section, beside a plain heading just before it, and the next
#     heading with a level closes it; "Appendix A." and "Chapter 4." take their numbering's level (documents/outline.py).
# 24: in plain text a short numbered line that goes on from the numbered heading before it is a heading
#     (formats/numbered_sequence.py).
# 25: an HTML page's permalink anchors are removed before it is read, so that no entry is dropped with its anchor
#     (formats/html_permalinks.py).
# 26: a byline may open with its date ("Tuesday 15 October 2019 by …"), a byline and a "Revised 01/06/94" line may
#     share a block, and blog footers' comment prompts, licence and service-mark lines are furniture
#     (documents/metadata_lines.py, metadata.py, roles.py).
# 27: a block of "Key: value" lines names its program's author and licence wherever it stands (documents/field_block.py).
# 28: on a PDF's first page a heading the running heads repeat is its title and stays (formats/pdf.py).
# 29: a FAQ's short answer ("Yes.", "No.") opening its paragraph is a sentence of its own (text/sentences.py).
# 30: a page whose headings stand in <body> itself is read as one <article>, headings kept (formats/html_bare_body.py);
#     a PDF's no-break space drawn on its own keeps its words apart (formats/pdf.py); "From Wikipedia, …" is the
#     source and a footer's "last modified on" the date, both furniture; a markup date is cited where the text
#     writes it (documents/metadata_lines.py, metadata.py, date_forms.py, roles.py).
# 31: the byline of an HTML article's own <footer> ("Posted by Alon Zakai.") is read (formats/html_page.py).
# 32: a byline's trailing address ("<vinay_sajip at red-dove dot com>") is not part of the name (documents/metadata.py).
READING_VERSION = 32
