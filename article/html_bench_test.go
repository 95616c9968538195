package article

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// loadAEB reads the scrapinghub benchmark's dev pages, or skips.
func loadAEB(b *testing.B) [][]byte {
	return loadPages(b, "scrapinghub-aeb", "html", "*.html.gz")
}

// loadPages reads the gzip'd pages of one dev set matching glob, or skips.
func loadPages(b *testing.B, set string, glob ...string) [][]byte {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(append([]string{"..", "..", "shared", "data", set}, glob...)...))
	if len(files) == 0 {
		b.Skip(set + " pages not found")
	}
	var pages [][]byte
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			b.Fatal(err)
		}
		src, err := io.ReadAll(zr)
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, src)
	}
	return pages
}

// BenchmarkFromHTML extracts every scrapinghub dev page once per
// iteration; ns/op divided by the page count is the time per page.
func BenchmarkFromHTML(b *testing.B) {
	benchPages(b, loadAEB(b), true)
}

// BenchmarkFromHTMLMozilla extracts Mozilla Readability's test pages,
// which are larger and more varied than the scrapinghub ones.
func BenchmarkFromHTMLMozilla(b *testing.B) {
	// A page may fail with a typed error (a charset); the cost counts.
	benchPages(b, loadPages(b, "mozilla-readability-testpages", "test", "test-pages", "*", "source.html.gz"), false)
}

// benchPages extracts pages once per iteration and reports pages/s; with
// mustParse an error fails the benchmark.
func benchPages(b *testing.B, pages [][]byte, mustParse bool) {
	startBench(b, pages)
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := FromHTML(p, ""); err != nil && mustParse {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(pages))*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkParseDocument is the tree building alone.
func BenchmarkParseDocument(b *testing.B) {
	pages := loadAEB(b)
	startBench(b, pages)
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := parseDocument(p, DefaultMaxHTMLDepth); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// startBench sets the bytes per iteration to the pages' total size, turns
// on allocation reports and resets the timer.
func startBench(b *testing.B, pages [][]byte) {
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
}
