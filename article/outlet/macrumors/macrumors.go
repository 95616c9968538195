// Package macrumors is the outlet adapter for MacRumors (macrumors.com).
// Importing it registers the adapter in article.DefaultRegistry.
package macrumors

import "github.com/newsparse/newsparse/article"

// Adapter reads MacRumors article pages. Their body is one block of text
// split by <br> pairs, with image credits in <center> and "Related Roundup"
// link lines at its end; the page footer (staff list, site blurb) holds more
// prose than short articles do, so the generic scorer takes the whole page.
// The byline line states the time with a US zone abbreviation
// ("Monday November 18, 2019 7:45 am PST by Jane Doe").
var Adapter = &article.Site{
	Domains: []string{"macrumors.com"},
	Hints: article.Hints{
		Outlet:   "MacRumors",
		Body:     ".article .content",
		Drop:     ".content center, .content .linkback",
		Headline: ".article h1.title",
		Byline:   ".article .byline .author-url",
		Date:     ".article .byline",
	},
}

func init() { article.Register(Adapter) }
