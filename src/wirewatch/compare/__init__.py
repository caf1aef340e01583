"""wirewatch.compare: what outlets agree on, contradict, and report alone.

`claims.add_claims` (doc annotator) reads each article's checkable facts;
`contradictions.find_contradictions` (corpus stage) fills `corpus.contradictions`;
`report.compare_event` gives one event's agreements, contradictions and
single-outlet facts for the briefs.  See docs/compare.md.
"""
