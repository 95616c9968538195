package newsparse_test

import (
	"encoding/json"
	"errors"
	"flag"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsparse/newsparse"
	"github.com/newsparse/newsparse/article"
)

var update = flag.Bool("update", false, "rewrite golden files")

const seedFile = "testdata/azernews-astana.txt"

// golden compares a against the golden JSON file, or rewrites it with -update.
func golden(t *testing.T, name string, a *article.Article) {
	t.Helper()
	got, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	var w, g article.Article
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(w, g); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
	}
}

func TestSeedExtraction(t *testing.T) {
	src, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	p := newsparse.Parser{Passes: newsparse.PassNone}
	a, err := p.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	if a.Published.String() != "2017-02-13T18:00:00+04:00" || a.Published.Zone != article.ZoneOffset {
		t.Errorf("published %s (%s)", a.Published, a.Published.Zone)
	}
	if n := len(a.Paragraphs); n != 21 {
		t.Errorf("%d paragraphs, want 21", n)
	}
	golden(t, "azernews-astana.extract.golden.json", a)
}

// TestSeedGolden checks the whole Article of the seed, every pass on,
// against testdata/azernews-astana.golden.json.
func TestSeedGolden(t *testing.T) {
	src, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	a, err := newsparse.Parse(src, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	golden(t, "azernews-astana.golden.json", a)
}

func TestParseBadInput(t *testing.T) {
	big := strings.Repeat("Lorem ipsum dolor sit amet, \"consectetur\" adipiscing elit. ", 50<<20/60)
	inputs := map[string][]byte{
		"empty":       nil,
		"binary":      {0, 1, 2, 3, 0xff, 0xfe, 0x89, 'P', 'N', 'G'},
		"invalid":     []byte("Head \xc3\x28 line\n\nBody \xff\xfe text \"quoted\xff\"."),
		"quotes only": []byte(strings.Repeat("\"“”«»„‘’'", 20000)),
		"50MB text":   []byte(big),
		"html junk":   []byte("<html><body><div><p>unclosed <b><i>" + strings.Repeat("<div>", 10000)),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			a, err := newsparse.Parse(in, "")
			if errors.Is(err, newsparse.ErrInternal) {
				t.Fatal(err)
			}
			if err != nil {
				t.Logf("error: %v", err)
				return
			}
			if err := a.Validate(); err != nil {
				t.Fatal(err)
			}
			t.Logf("%d bytes in %v", len(in), time.Since(start))
		})
	}
}

func TestTooLarge(t *testing.T) {
	_, err := newsparse.Parse(make([]byte, newsparse.MaxInput+1), "")
	var e *newsparse.Error
	if !errors.As(err, &e) || e.Op != "read" || !errors.Is(err, newsparse.ErrTooLarge) {
		t.Fatalf("err = %v, want *newsparse.Error for read", err)
	}
}

// TestImportRules checks DESIGN.md's import rules: the leaves import only
// the standard library and internal/, never article or each other.
func TestImportRules(t *testing.T) {
	const mod = "github.com/newsparse/newsparse"
	leaves := []string{"dateline", "quote", "entity"}
	for _, leaf := range leaves {
		if _, err := os.Stat(leaf); err != nil {
			t.Logf("%s: %v", leaf, err)
			continue
		}
		err := filepath.WalkDir(leaf, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "testdata" {
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
			if err != nil {
				return err
			}
			for _, imp := range f.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				first, _, _ := strings.Cut(p, "/")
				switch {
				case strings.HasPrefix(p, mod+"/internal/") || strings.HasPrefix(p, mod+"/"+leaf+"/"):
				case strings.HasPrefix(p, mod):
					t.Errorf("%s imports %s: a leaf may import only the standard library and internal/", path, p)
				case strings.Contains(first, "."):
					t.Errorf("%s imports non-standard module %s", path, p)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

func FuzzParse(f *testing.F) {
	if src, err := os.ReadFile(seedFile); err == nil {
		f.Add(src)
	}
	f.Add([]byte("<html><head><title>T</title></head><body><p>\"Hi,\" he said.</p></body></html>"))
	f.Add([]byte("MOSCOW, Feb 13 (Reuters) - \"We hope,\" Lavrov said on Tuesday."))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := newsparse.Parse(b, "")
		if errors.Is(err, newsparse.ErrInternal) {
			t.Fatal(err)
		}
		if err != nil {
			return
		}
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
	})
}

func BenchmarkParseSeed(b *testing.B) {
	src, err := os.ReadFile(seedFile)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := newsparse.Parse(src, ""); err != nil {
			b.Fatal(err)
		}
	}
}
