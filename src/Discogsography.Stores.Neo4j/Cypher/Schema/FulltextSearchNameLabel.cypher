// The folded name (words of SearchText.Fold joined by one space): the whitespace analyzer keeps those words as they are.
CREATE FULLTEXT INDEX label_search_name_fulltext IF NOT EXISTS FOR (n:Label) ON EACH [n.search_name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}
