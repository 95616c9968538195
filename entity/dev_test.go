package entity

import (
	"bufio"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type span struct {
	s, e int
	kind Kind
}

// conllDocs reads CoNLL-2003 documents as the evaluation builds them:
// tokens joined by one space, one sentence per line, with the gold spans
// of PER, ORG and LOC (IOB1 decoded). MISC spans are returned apart.
func conllDocs(t *testing.T, path string) (texts []string, gold, misc [][]span) {
	f, err := os.Open(path)
	if err != nil {
		t.Skip("CoNLL data not available:", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]Kind{"PER": Person, "ORG": Organization, "LOC": Location, "MISC": Other}
	var text strings.Builder
	var g, m []span
	var sent [][2]string
	flushSent := func() {
		if len(sent) == 0 {
			return
		}
		start, typ := -1, ""
		pos := text.Len()
		offs := make([]int, len(sent)+1)
		for i, tk := range sent {
			offs[i] = pos
			pos += len(tk[0]) + 1
		}
		offs[len(sent)] = pos
		closeSpan := func(i int) {
			if start >= 0 {
				sp := span{offs[start], offs[i] - 1, kinds[typ]}
				if typ == "MISC" {
					m = append(m, sp)
				} else {
					g = append(g, sp)
				}
			}
			start = -1
		}
		for i, tk := range sent {
			tag := tk[1]
			if tag == "O" {
				closeSpan(i)
				continue
			}
			b, ty, _ := strings.Cut(tag, "-")
			if start >= 0 && (b == "B" || ty != typ) {
				closeSpan(i)
			}
			if start < 0 {
				start, typ = i, ty
			}
		}
		closeSpan(len(sent))
		for i, tk := range sent {
			if i > 0 {
				text.WriteByte(' ')
			}
			text.WriteString(tk[0])
		}
		text.WriteByte('\n')
		sent = sent[:0]
	}
	flushDoc := func() {
		flushSent()
		if text.Len() > 0 {
			texts, gold, misc = append(texts, text.String()), append(gold, g), append(misc, m)
		}
		text.Reset()
		g, m = nil, nil
	}
	sc := bufio.NewScanner(z)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		switch {
		case len(fs) > 0 && fs[0] == "-DOCSTART-":
			flushDoc()
		case len(fs) == 0:
			flushSent()
		default:
			sent = append(sent, [2]string{fs[0], fs[len(fs)-1]})
		}
	}
	flushDoc()
	return texts, gold, misc
}

// TestConllDev checks the strict exact-span F1 over PER, ORG and LOC on
// CoNLL-2003 testa (the evaluation's headline metric) against the target.
func TestConllDev(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	texts, gold, _ := conllDocs(t, filepath.Join("..", "..", "shared", "data", "conll2003", "eng.testa.gz"))
	tp, fp, fn := 0, 0, 0
	for i, text := range texts {
		want := map[span]bool{}
		for _, g := range gold[i] {
			want[g] = true
		}
		got := map[span]bool{}
		for _, e := range Find(text) {
			for _, m := range e.Mentions {
				k := m.Kind
				if k == "" {
					k = e.Kind
				}
				if k != Other {
					got[span{m.Start, m.End, k}] = true
				}
			}
		}
		for s := range got {
			if want[s] {
				tp++
			} else {
				fp++
			}
		}
		for s := range want {
			if !got[s] {
				fn++
			}
		}
	}
	p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	f1 := 2 * p * r / (p + r)
	t.Logf("CoNLL testa strict: P %.3f R %.3f F1 %.3f (%d documents)", p, r, f1, len(texts))
	if f1 < 0.80 {
		t.Errorf("CoNLL testa strict F1 = %.3f, want >= 0.80", f1)
	}
}
