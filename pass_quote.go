package newsparse

import (
	"strings"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/quote"
)

// quotePass finds the quotes in a.Text and their speakers. It runs after
// entityPass, so a.Entities is available to name speakers.
func quotePass(a *article.Article) {
	opt := quote.Options{}
	if strings.HasPrefix(a.Language, "de") {
		opt.Language = "de"
	} else if strings.HasPrefix(a.Language, "en") {
		opt.Language = "en"
	}
	qs, err := quote.Find(a.Text, &opt)
	if err != nil {
		return
	}
	a.Quotes = a.Quotes[:0]
	for _, q := range qs {
		o := article.Quote{Start: q.Start, End: q.End, Text: q.Text, Kind: string(q.Kind)}
		if q.Cue != nil {
			o.Cue = &article.TextSpan{Start: q.Cue.Start, End: q.Cue.End, Text: q.Cue.Text}
		}
		if s := q.Speaker; s != nil {
			o.Speaker = &article.Speaker{Name: entityName(a, s), Start: s.Start, End: s.End, Text: s.Text}
		}
		a.Quotes = append(a.Quotes, o)
	}
}

// entityName returns the speaker's name, or the fuller name of a person or
// organisation entity with a mention inside the speaker span that is the
// same name.
func entityName(a *article.Article, s *quote.Speaker) string {
	name := s.Name
	if !s.Named || s.Pronoun {
		return name
	}
	fs := strings.Fields(name)
	if len(fs) == 0 {
		return name
	}
	last := fs[len(fs)-1]
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind != article.KindPerson && e.Kind != article.KindOrganization {
			continue
		}
		if len(e.Name) <= len(name) || !strings.HasSuffix(e.Name, last) || !strings.Contains(e.Name, name) && len(fs) > 1 {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < s.End && s.Start < m.End {
				return e.Name
			}
		}
	}
	return name
}
