package dateline

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path"
	"strings"
	"testing"
	"time"
)

// timexDoc is one document of a TimeML dev set: its text, reference time
// and gold TIMEX3s.
type timexDoc struct {
	text  string
	ref   time.Time
	gold  []timexGold
	skips [][2]int // spans whose predictions are not scored
}

type timexGold struct {
	Start, End  int
	Type, Value string
}

// openGzip opens the gzip file name, closed when the test ends.
func openGzip(t testing.TB, name string) *gzip.Reader {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	return zr
}

// loadTimeML reads a dev set of ../shared/data (gold.jsonl.gz and
// texts.tar.gz), skipping the test when it is absent.
func loadTimeML(t *testing.T, set string) []timexDoc {
	dir := sharedData(t, set)
	texts := map[string]string{}
	tr := tar.NewReader(openGzip(t, path.Join(dir, "texts.tar.gz")))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		texts[strings.TrimSuffix(path.Base(h.Name), ".txt")] = string(b)
	}
	var docs []timexDoc
	sc := bufio.NewScanner(openGzip(t, path.Join(dir, "gold.jsonl.gz")))
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		var row struct {
			Doc, Published string
			Timex          []timexGold
			Ignore         [][2]int
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		ref, err := time.Parse("2006-01-02", row.Published[:10])
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, timexDoc{text: texts[row.Doc], ref: ref, gold: row.Timex, skips: row.Ignore})
	}
	return docs
}

// dateValueF1 scores DATE expressions: a hit is a gold DATE overlapped by
// a predicted DATE (one to one, first overlap) with the same value.
func dateValueF1(docs []timexDoc) (f1 float64, nGold, nPred int) {
	hits := 0
	for _, d := range docs {
		var preds []Expr
		for _, x := range Find(d.text, Options{Reference: d.ref}) {
			skip := false
			for _, s := range d.skips {
				skip = skip || x.Start < s[1] && s[0] < x.End
			}
			if x.Type == TypeDate && !skip {
				preds = append(preds, x)
			}
		}
		nPred += len(preds)
		used := make([]bool, len(preds))
		for _, g := range d.gold {
			if g.Type != TypeDate {
				continue
			}
			nGold++
			for k, p := range preds {
				if !used[k] && p.Start < g.End && g.Start < p.End {
					used[k] = true
					if strings.EqualFold(p.Value, g.Value) {
						hits++
					}
					break
				}
			}
		}
	}
	return 2 * float64(hits) / float64(nGold+nPred), nGold, nPred
}

// TestTimeBankDev guards the DATE value F1 on TimeBank/AQUAINT dev data
// (the dates scorer measures the same through the CLI).
func TestTimeBankDev(t *testing.T) {
	docs := loadTimeML(t, "timebank-aquaint")
	f1, nGold, nPred := dateValueF1(docs)
	t.Logf("TimeBank/AQUAINT DATE value F1 %.3f (gold %d, predicted %d)", f1, nGold, nPred)
	if f1 < 0.85 {
		t.Errorf("DATE value F1 %.3f below 0.85", f1)
	}
}

// TestMeantimeDev guards the DATE value F1 on MEANTIME dev data. MEANTIME
// annotates only the first sentences of each article, so expressions found
// further on count as false; the floor is set for that.
func TestMeantimeDev(t *testing.T) {
	docs := loadTimeML(t, "meantime")
	f1, nGold, nPred := dateValueF1(docs)
	t.Logf("MEANTIME DATE value F1 %.3f (gold %d, predicted %d)", f1, nGold, nPred)
	if f1 < 0.45 {
		t.Errorf("DATE value F1 %.3f below 0.45", f1)
	}
}
