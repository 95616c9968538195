package newsparse

import (
	"time"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/dateline"
)

// datelinePass finds the dateline and the dates in a.Text, resolved against ref.
func datelinePass(a *article.Article, ref article.Time) {
	var refT time.Time
	if !ref.IsZero() {
		refT = ref.T
	}
	if d, ok := dateline.FindDateline(a.Text, refT); ok {
		a.Dateline = toArticleDateline(a.Text, d, 0)
	} else if len(a.Paragraphs) > 0 {
		p := a.Paragraphs[0]
		if p.Start > 0 && p.Start <= p.End && p.End <= len(a.Text) {
			if d, ok := dateline.FindDateline(a.Text[p.Start:p.End], refT); ok {
				a.Dateline = toArticleDateline(a.Text, d, p.Start)
			}
		}
	}
	for _, x := range dateline.Find(a.Text, dateline.Options{Reference: refT}) {
		a.Dates = append(a.Dates, article.Date{
			Start: x.Start, End: x.End, Text: x.Text,
			Type: x.Type, Value: x.Value, EndValue: x.EndValue,
		})
	}
}

func toArticleDateline(text string, d dateline.Dateline, off int) *article.Dateline {
	out := &article.Dateline{
		Text:   text[off+d.Start : off+d.End],
		Place:  d.PlaceText(),
		Agency: d.Agency,
		Start:  off + d.Start,
		End:    off + d.End,
	}
	if !d.Date.IsZero() {
		out.Date = d.Date.Format("2006-01-02")
	}
	return out
}
