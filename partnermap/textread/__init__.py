"""Reading text files safely, for maps and for documents alike: regular files only, a size cap,
UTF-8 without NUL (`textfile`), YAML whose every value keeps its line (`yamlread`), and numbered
paragraphs of a source document (`paragraphs`). Problems found are `partnermap.problems.Problem`s."""
