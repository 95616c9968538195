package newsparse

import "github.com/newsparse/newsparse/article"

// quotePass finds the quotes in a.Text and their speakers. It runs after
// entityPass, so a.Entities is available to name speakers.
func quotePass(a *article.Article) {}
