// Package azernews is the outlet adapter for AzerNews (azernews.az), an
// English-language news site in Baku. Importing it registers the adapter in
// article.DefaultRegistry.
package azernews

import (
	"time"

	"github.com/newsparse/newsparse/article"
)

// Adapter reads AzerNews article pages: the body is the article-content
// block (the author line it opens with is the byline), the time line above
// the headline states its offset ("13 February 2017 18:00 (UTC+04:00)"),
// and Baku time (UTC+4, no daylight saving since 2016) is assumed where it
// does not.
var Adapter = &article.Site{
	Domains: []string{"azernews.az"},
	Hints: article.Hints{
		Outlet:   "AzerNews",
		Location: time.FixedZone("AZT", 4*3600),
		Body:     ".article-content",
		Drop:     ".article-content .article-author, .article-content .article-photo, .article-content .related",
		Headline: "h1.article-title",
		Byline:   ".article-author",
		Date:     ".article-date",
	},
}

func init() { article.Register(Adapter) }
