package newsparse

import (
	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/entity"
)

// entityPass finds the people, organisations and places in a.Text.
func entityPass(a *article.Article) {
	found := entity.Find(a.Text)
	if len(found) == 0 {
		return
	}
	a.Entities = make([]article.Entity, 0, len(found))
	for _, e := range found {
		ae := article.Entity{ID: e.ID, Name: e.Name, Kind: string(e.Kind), Titles: e.Titles,
			Mentions: make([]article.Mention, len(e.Mentions))}
		for i, m := range e.Mentions {
			ae.Mentions[i] = article.Mention{Start: m.Start, End: m.End, Text: m.Text, Kind: string(m.Kind)}
		}
		a.Entities = append(a.Entities, ae)
	}
}
