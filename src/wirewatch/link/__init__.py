"""wirewatch.link: near-duplicates, entities, events and storylines across a corpus."""
