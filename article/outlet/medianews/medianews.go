// Package medianews is the outlet adapter for the newspapers of MediaNews
// Group that share one site design (The Mercury News, East Bay Times, Twin
// Cities Pioneer Press, The Denver Post, The Orange County Register and
// others). Importing it registers the adapter in article.DefaultRegistry.
package medianews

import "github.com/newsparse/newsparse/article"

// Adapter reads MediaNews Group article pages: the story is the
// body-copy block; the byline names several authors, each followed by an
// e-mail address and the group's name, which the generic byline reader
// takes for more names.
var Adapter = &article.Site{
	Domains: []string{
		"mercurynews.com", "eastbaytimes.com", "twincities.com", "denverpost.com",
		"ocregister.com", "dailynews.com", "presstelegram.com", "dailybreeze.com",
		"pe.com", "sbsun.com", "sgvtribune.com", "pasadenastarnews.com", "whittierdailynews.com",
		"dailybulletin.com", "redlandsdailyfacts.com", "bostonherald.com", "timescall.com",
		"dailycamera.com", "reporterherald.com", "montereyherald.com", "marinij.com",
		"santacruzsentinel.com", "times-standard.com", "ukiahdailyjournal.com",
	},
	Hints: article.Hints{
		Body:   ".article-body .body-copy",
		Drop:   ".body-copy .related-story, .body-copy .newsletter-signup, .body-copy .subscriber-only",
		Byline: ".byline .author-name",
	},
}

func init() { article.Register(Adapter) }
