package newsparse

import "github.com/newsparse/newsparse/article"

// datelinePass finds the dateline and the dates in a.Text, resolved against ref.
func datelinePass(a *article.Article, ref article.Time) {}
