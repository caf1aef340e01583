"""wirewatch.nlp."""
