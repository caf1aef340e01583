"""wirewatch.clean: the article and nothing else, with every removal explained.

`clean_document` turns one raw input (plain text or HTML) into an Article;
`strip_recurring_lines` removes lines that recur across an outlet's articles.
"""

from wirewatch.clean.document import clean_document
from wirewatch.clean.recurring import strip_recurring_lines

__all__ = ["clean_document", "strip_recurring_lines"]
