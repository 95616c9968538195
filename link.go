package newsparse

import "github.com/newsparse/newsparse/article"

// link connects results across passes: a quote's speaker to its entity.
func link(a *article.Article) {}
