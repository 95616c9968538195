package azernews

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/article/outlet/outlettest"
)

const pageURL = "https://www.azernews.az/region/108529.html"

func TestGolden(t *testing.T) {
	outlettest.Golden(t, Adapter, pageURL)
}

// TestSameAsText checks that the seed article as an AzerNews page gives the
// same Article as its scraped text form.
func TestSameAsText(t *testing.T) {
	fromHTML := outlettest.Extract(t, Adapter, "testdata/astana.html", pageURL)
	txt, err := os.ReadFile("../../../testdata/azernews-astana.txt")
	if err != nil {
		t.Skip("seed text not found:", err)
	}
	fromText, err := article.FromText(txt, pageURL)
	if err != nil {
		t.Fatal(err)
	}
	// Comparable fields: what both forms state.
	type view struct {
		URL, Outlet, Language, Headline string
		Authors                         []article.Author
		Published                       string
		Zone                            article.ZoneSource
		Text                            string
		Paragraphs                      []article.Span
	}
	v := func(a *article.Article) view {
		return view{a.URL, a.Outlet, a.Language, a.Headline, a.Authors,
			a.Published.String(), a.Published.Zone, a.Text, a.Paragraphs}
	}
	if diff := cmp.Diff(v(fromText), v(fromHTML)); diff != "" {
		t.Errorf("HTML differs from text (-text +html):\n%s", diff)
	}
}

// TestGenericExtractor checks that the page reads the same without the
// adapter, except for the outlet's name (the page's og:site_name).
func TestGenericExtractor(t *testing.T) {
	src, err := os.ReadFile("testdata/astana.html")
	if err != nil {
		t.Fatal(err)
	}
	var empty article.Registry
	generic, err := article.FromHTMLOptions(src, article.HTMLOptions{URL: pageURL, Registry: &empty})
	if err != nil {
		t.Fatal(err)
	}
	adapted := outlettest.Extract(t, Adapter, "testdata/astana.html", pageURL)
	if generic.Outlet != "Azernews.Az" {
		t.Errorf("generic outlet %q", generic.Outlet)
	}
	generic.Outlet = adapted.Outlet
	if diff := cmp.Diff(adapted, generic); diff != "" {
		t.Errorf("generic differs from adapter (-adapter +generic):\n%s", diff)
	}
}
