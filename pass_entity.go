package newsparse

import (
	"strings"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/entity"
)

// entityPass finds the people, organisations and places in a.Text. The
// rules of package entity are written for English; an article known to be
// in another language gets no entities rather than wrong ones.
func entityPass(a *article.Article) {
	if lang := strings.ToLower(a.Language); lang != "" && lang != "en" && !strings.HasPrefix(lang, "en-") {
		return
	}
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
