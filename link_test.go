package newsparse

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsparse/newsparse/article"
)

func TestLink(t *testing.T) {
	text := "Mikhail Bogdanov spoke. \"We hope,\" Bogdanov said. \"Yes,\" he said. \"No,\" Smith said."
	a := &article.Article{
		Text: text,
		Entities: []article.Entity{
			{Name: "Mikhail Bogdanov", Kind: article.KindPerson, Mentions: []article.Mention{{Start: 0, End: 16, Text: "Mikhail Bogdanov"}, {Start: 36, End: 44, Text: "Bogdanov"}}},
			{Name: "Russia", Kind: article.KindLocation, Mentions: nil},
		},
		Quotes: []article.Quote{
			{Speaker: &article.Speaker{Name: "Bogdanov", Start: 36, End: 44, Text: "Bogdanov"}},
			{Speaker: &article.Speaker{Name: "Bogdanov", Start: 59, End: 61, Text: "he"}},
			{Speaker: &article.Speaker{Name: "Smith", Start: 75, End: 80, Text: "Smith"}},
			{},
			{Speaker: &article.Speaker{Name: "Josh Earnest", Start: 0, End: 16, Text: "Mikhail Bogdanov"}},
		},
	}
	link(a)
	want := []string{"Mikhail Bogdanov", "Mikhail Bogdanov", "Smith", "", "Josh Earnest"}
	for i, w := range want {
		if w == "" {
			continue
		}
		if got := a.Quotes[i].Speaker.Name; got != w {
			t.Errorf("quote %d speaker %q, want %q", i, got, w)
		}
	}
}

func TestGuard(t *testing.T) {
	reset := false
	err := guard("quote", func() { panic("boom") }, func() { reset = true })
	var e *Error
	if !errors.As(err, &e) || e.Op != "quote" || !errors.Is(err, ErrInternal) || !reset {
		t.Fatalf("guard = %v (reset %v), want *Error wrapping ErrInternal", err, reset)
	}
	if err := guard("x", func() {}, func() { t.Error("reset called") }); err != nil {
		t.Fatal(err)
	}
}

func TestOutletName(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.azernews.az/region/1.html": "AzerNews",
		"https://example.invalid/a":             "",
		"":                                      "",
		"::bad":                                 "",
	} {
		if got := outletName(in); got != want {
			t.Errorf("outletName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAddCredits(t *testing.T) {
	a := &article.Article{
		Outlet:   "AzerNews",
		Authors:  []article.Author{{Name: "Kamila Aliyeva", Role: "staff journalist"}, {Name: "Mikhail Bogdanov"}},
		Entities: []article.Entity{{Name: "Mikhail Bogdanov", Kind: article.KindPerson}},
	}
	addCredits(a)
	want := []article.Entity{
		{Name: "Mikhail Bogdanov", Kind: article.KindPerson},
		{Name: "Kamila Aliyeva", Kind: article.KindPerson, Titles: []string{"staff journalist"}, Mentions: []article.Mention{}},
		{Name: "AzerNews", Kind: article.KindOrganization, Mentions: []article.Mention{}},
	}
	if diff := cmp.Diff(want, a.Entities); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
