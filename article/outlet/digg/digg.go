// Package digg is the outlet adapter for Digg (digg.com). Importing it
// registers the adapter in article.DefaultRegistry.
package digg

import "github.com/newsparse/newsparse/article"

// Adapter reads Digg story pages. A story sits in article.single-story; the
// page around it is a grid of story cards whose blurbs are full sentences,
// so the generic scorer cannot tell them from the story. The author is the
// .handle link in the story's meta block, the time the first <time> there
// (in GMT), and the headline an h2.
var Adapter = &article.Site{
	Domains: []string{"digg.com"},
	Hints: article.Hints{
		Outlet:   "Digg",
		Body:     "article.single-story .content",
		Drop:     ".content .share, .content .newsletter",
		Headline: "article.single-story .headline",
		Byline:   "article.single-story .author .handle",
		Date:     "article.single-story .published time",
	},
}

func init() { article.Register(Adapter) }
