package newsparse

import "github.com/newsparse/newsparse/article"

// entityPass finds the people, organisations and places in a.Text.
func entityPass(a *article.Article) {}
