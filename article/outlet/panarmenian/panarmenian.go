// Package panarmenian is the outlet adapter for PanARMENIAN.Net
// (panarmenian.net), a news site in Yerevan. Importing it registers the
// adapter in article.DefaultRegistry.
package panarmenian

import (
	"time"

	"github.com/newsparse/newsparse/article"
)

// Adapter reads PanARMENIAN.Net news pages: a table layout whose article
// block (#article_block) is followed by "Related links", "Partner news" and
// "Most popular" lists of teasers that the generic scorer keeps. The date
// line inside the block uses Armenia time, "March 2, 2021 - 09:15 AMT";
// Yerevan time (UTC+4, no daylight saving since 2012) is assumed otherwise.
var Adapter = &article.Site{
	Domains: []string{"panarmenian.net"},
	Hints: article.Hints{
		Outlet:   "PanARMENIAN.Net",
		Location: time.FixedZone("AMT", 4*3600),
		Body:     "#article_block",
		Drop:     "#article_block .article_date, #article_block .share_bar",
		Headline: "h1.article_title",
		Date:     "#article_block .article_date",
	},
}

func init() { article.Register(Adapter) }
