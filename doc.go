// Package newsparse turns a news article — an HTML page or its scraped plain
// text — into one structured article.Article: outlet, headline, authors,
// publication time with its real time zone, dateline, body paragraphs
// without boilerplate, quotes with their speakers, and the people,
// organisations and places mentioned, each under one canonical name.
//
// # One call
//
// Parse (or a Parser, whose zero value works) detects HTML or text, runs the
// outlet adapter chosen by the page URL, extracts the article, and then runs
// three passes over its text:
//
//   - dateline: the dateline ("MOSCOW, Feb. 13 (Reuters) -") and every date
//     in the text, resolved against the publication time;
//   - entity: people, organisations and places, linked to one name each;
//   - quote: direct, partial and reported quotes with cue and speaker.
//
// Finally a quote's speaker is linked to the entity it mentions.
//
// # The packages
//
// Each package does one job and is usable on its own:
//
//   - article: the Article type and its JSON form, HTML and plain-text
//     extraction, and the outlet adapters (article/outlet/...);
//   - dateline: timestamps with time zones, datelines, dates in text;
//   - quote: quotes, their kind, cue and speaker, on plain strings;
//   - entity: named-entity discovery and linking, and fast watch-lists.
//
// dateline, quote and entity are leaves: they import only the standard
// library and work on plain strings. Spans everywhere are half-open byte
// offsets into the text they were given (for an Article, into Article.Text).
//
// # The command-line tool
//
// examples/newsparse prints an Article as JSON for files, directories, URLs
// or standard input:
//
//	go run ./examples/newsparse testdata/azernews-astana.txt
package newsparse
