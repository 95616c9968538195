// Package outlettest checks outlet adapters against golden files. It is a
// test helper: import it from _test.go files only.
package outlettest

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsparse/newsparse/article"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// Golden extracts every testdata/*.html page with an own registry holding
// only ad, as if fetched from pageURL, and compares the Article's JSON form
// with testdata/<name>.golden.json. Run the test with -update to rewrite
// the golden files, then review them by hand.
func Golden(t *testing.T, ad article.Adapter, pageURL string) {
	t.Helper()
	pages, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no testdata/*.html pages (%v)", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			a := Extract(t, ad, page, pageURL)
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			var wantA, gotA article.Article
			if err := json.Unmarshal(want, &wantA); err != nil {
				t.Fatalf("golden: %v", err)
			}
			if err := json.Unmarshal(got, &gotA); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantA, gotA); diff != "" {
				t.Errorf("%s (-golden +got):\n%s", page, diff)
			}
		})
	}
}

// Extract reads the page file and extracts it with a registry holding only
// ad. The result's spans are validated.
func Extract(t *testing.T, ad article.Adapter, page, pageURL string) *article.Article {
	t.Helper()
	src, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	var reg article.Registry
	reg.Register(ad)
	if got := reg.Lookup(pageURL); got != ad {
		t.Fatalf("the adapter does not serve %s", pageURL)
	}
	a, err := article.FromHTMLOptions(src, article.HTMLOptions{URL: pageURL, Registry: &reg})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	return a
}
