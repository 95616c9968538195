package newsparse

import (
	"strings"

	"github.com/newsparse/newsparse/article"
)

// link connects results across passes: a quote's speaker is named by the
// person or organisation whose mention its span overlaps, or else by the one
// whose name ends with the speaker's name ("Bogdanov" -> "Mikhail Bogdanov").
func link(a *article.Article) {
	linkSpeakers(a)
}

// addCredits adds the article's authors (people) and outlet (an
// organisation) to its entities when the body does not mention them; such
// entities have no mentions, since they stand outside Article.Text.
func addCredits(a *article.Article) {
	for _, au := range a.Authors {
		if au.Name != "" && findEntity(a.Entities, au.Name) < 0 {
			e := article.Entity{Name: au.Name, Kind: article.KindPerson, Mentions: []article.Mention{}}
			if au.Role != "" {
				e.Titles = []string{au.Role}
			}
			a.Entities = append(a.Entities, e)
		}
	}
	if a.Outlet != "" && findEntity(a.Entities, a.Outlet) < 0 {
		a.Entities = append(a.Entities, article.Entity{Name: a.Outlet, Kind: article.KindOrganization, Mentions: []article.Mention{}})
	}
}

// findEntity returns the index of the entity named name, ignoring case, or -1.
func findEntity(ents []article.Entity, name string) int {
	for i, e := range ents {
		if strings.EqualFold(e.Name, name) {
			return i
		}
	}
	return -1
}

// linkSpeakers names each quote's speaker by its entity.
func linkSpeakers(a *article.Article) {
	if len(a.Quotes) == 0 || len(a.Entities) == 0 {
		return
	}
	type ment struct {
		start, end int
		ent        int
	}
	var ms []ment
	for i, e := range a.Entities {
		if e.Kind != article.KindPerson && e.Kind != article.KindOrganization {
			continue
		}
		for _, m := range e.Mentions {
			ms = append(ms, ment{m.Start, m.End, i})
		}
	}
	for i := range a.Quotes {
		sp := a.Quotes[i].Speaker
		if sp == nil {
			continue
		}
		found := -1
		for _, m := range ms {
			if m.start < sp.End && sp.Start < m.end {
				found = m.ent
				break
			}
		}
		if found >= 0 {
			// The speaker's own mention: the entity's canonical name.
			sp.Name = a.Entities[found].Name
		} else if found = entityByName(a.Entities, sp.Name); found >= 0 {
			// A pronoun or a short form: a fuller name for the same entity.
			sp.Name = a.Entities[found].Name
		}
	}
}

// entityByName returns the person or organisation entity whose name equals
// name or ends with it as whole words, when exactly one does.
func entityByName(ents []article.Entity, name string) int {
	if name == "" {
		return -1
	}
	found := -1
	for i, e := range ents {
		if e.Kind != article.KindPerson && e.Kind != article.KindOrganization {
			continue
		}
		if e.Name == name || strings.HasSuffix(e.Name, " "+name) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}
