"""dvk's own corpus of forms on layouts taken from real public Vietnamese paperwork.

Each module in `corpus.layouts` rebuilds one real template (see `corpus/SOURCES.md`) and fills
it with invented entries; `corpus.build` renders every entry as .docx, PDF, a scan or a phone
photo (and a few .doc and TCVN3 files) with a truth file in the format of
`../shared/samples/README.md`. The truth files are also kept in git (`corpus/truth/`) so that a
change to a layout that changes its truth shows in review.
"""
