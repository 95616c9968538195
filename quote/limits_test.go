package quote

import (
	"strings"
	"testing"
	"time"
)

// TestLargeInputs checks that hostile inputs finish in linear time.
func TestLargeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	cases := map[string]string{
		"marks":       strings.Repeat(`"`, 1_000_000),
		"curly":       strings.Repeat("\u201c a ", 300_000),
		"said":        strings.Repeat("he said that ", 400_000),
		"no-breaks":   strings.Repeat(`Bogdanov said "we hope, " he said, `, 200_000),
		"invalid":     strings.Repeat("\xff\xfe\"x said ", 300_000),
		"paragraphs":  strings.Repeat("\"A b c\n\n", 300_000),
		"apostrophes": strings.Repeat("rock 'n' roll '90s AzerNews' ", 200_000),
	}
	for name, in := range cases {
		start := time.Now()
		qs, err := Find(in, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, q := range qs {
			if in[q.Start:q.End] != q.Text {
				t.Fatalf("%s: bad span", name)
			}
		}
		t.Logf("%s: %d bytes, %d quotes, %v", name, len(in), len(qs), time.Since(start))
	}
}
