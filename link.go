package newsparse

import (
	"strings"

	"github.com/newsparse/newsparse/article"
)

// link connects results across passes: speakers get the fullest name of
// their entity, and credits outside the text become entities.
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

// linkSpeakers gives a speaker the fuller name of the one person or
// organisation whose name ends with the speaker's name ("Bogdanov" ->
// "Mikhail Bogdanov"). The quote pass's own name is kept otherwise: a
// speaker span often holds other names too ("White House press secretary
// Josh Earnest").
func linkSpeakers(a *article.Article) {
	if len(a.Quotes) == 0 || len(a.Entities) == 0 {
		return
	}
	for i := range a.Quotes {
		sp := a.Quotes[i].Speaker
		if sp == nil {
			continue
		}
		if found := entityByName(a.Entities, sp.Name); found >= 0 {
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
