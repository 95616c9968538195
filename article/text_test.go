package article

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFromText(t *testing.T) {
	tests := []struct {
		file      string
		headline  string
		outlet    string
		authors   []Author
		published string
		zone      ZoneSource
		modified  string
		paras     int
		first     string // prefix of the first paragraph
		last      string // prefix of the last paragraph
		absent    []string
	}{
		{
			file:      "../testdata/azernews-astana.txt",
			headline:  "Russia confirms U.S. participation in second round of Astana talks",
			outlet:    "AzerNews",
			authors:   []Author{{Name: "Kamila Aliyeva", Role: "staff journalist", Handle: "@Kami_Aliyeva"}},
			published: "2017-02-13T18:00:00+04:00",
			zone:      ZoneOffset,
			paras:     21,
			first:     "Russia stated on the U.S. delegation's joining",
			last:      "The U.N. has repeatedly tried",
			absent:    []string{"Friday April 26 2024", "Loading...", "Follow us", "Latest See more", "staff journalist", "By Kamila", "Azernews.Az"},
		},
		{
			file:      "testdata/text/wire-reuters.txt",
			headline:  "Oil exporters agree to extend output cuts into next year",
			paras:     4,
			first:     "MOSCOW, Feb 13 (Reuters) - Oil producers",
			last:      "Reporting by Olga Petrova",
			absent:    []string{"Sign In", "Share this", "World News"},
			published: "",
		},
		{
			file:      "testdata/text/updated-est.txt",
			headline:  "City council approves new budget after marathon session",
			authors:   []Author{{Name: "Jane Holloway"}},
			published: "2017-02-13T15:45:00-05:00",
			modified:  "2017-02-13T15:45:00-05:00",
			zone:      ZoneAbbreviation,
			paras:     3,
			first:     "The city council approved",
			last:      "Critics argued",
			absent:    []string{"Tags:", "Advertisement", "Menu", "Metro Daily"},
		},
		{
			file:      "testdata/text/two-authors.txt",
			headline:  "Scientists map the deepest reef ever found off the coast",
			authors:   []Author{{Name: "Priya Raman"}, {Name: "Tom Becker"}},
			published: "2021-03-03T09:30:00Z",
			zone:      ZoneAbbreviation,
			paras:     3,
			first:     "A team of marine biologists",
			last:      "\"It changes what",
			absent:    []string{"Most Read", "Markets rally", "Follow us", "Harbour Post"},
		},
		{
			file:      "testdata/text/no-byline.txt",
			headline:  "Regional airline to add twelve routes this summer",
			published: "2023-06-01T08:15:00+02:00",
			zone:      ZoneOffset,
			paras:     3,
			first:     "A regional airline said",
			last:      "The new routes will start",
			absent:    []string{"Share Tweet", "Related stories", "Business"},
		},
		{
			file:      "testdata/text/caption-readmore.txt",
			headline:  "Flood waters recede as town begins clean-up",
			outlet:    "Valley Chronicle",
			authors:   []Author{{Name: "Samuel Okafor", Role: "regional reporter", Handle: "@sam_okafor"}},
			published: "2023-08-14T17:20:00+01:00",
			zone:      ZoneOffset,
			paras:     3,
			first:     "Residents of the riverside town",
			last:      "The local council has opened",
			absent:    []string{"Photo:", "Read more", "Copyright", "Monday, 14 August 2023", "follow him"},
		},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			src, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			a, err := FromText(src, "")
			if err != nil {
				t.Fatal(err)
			}
			if err := a.Validate(); err != nil {
				t.Error(err)
			}
			if a.Headline != tt.headline {
				t.Errorf("headline = %q, want %q", a.Headline, tt.headline)
			}
			if tt.outlet != "" && a.Outlet != tt.outlet {
				t.Errorf("outlet = %q, want %q", a.Outlet, tt.outlet)
			}
			if diff := cmp.Diff(tt.authors, a.Authors); diff != "" {
				t.Errorf("authors (-want +got):\n%s", diff)
			}
			if got := a.Published.String(); got != tt.published {
				t.Errorf("published = %q, want %q", got, tt.published)
			}
			if tt.published != "" && a.Published.Zone != tt.zone {
				t.Errorf("published zone = %q, want %q", a.Published.Zone, tt.zone)
			}
			if tt.modified != "" && a.Modified.String() != tt.modified {
				t.Errorf("modified = %q, want %q", a.Modified.String(), tt.modified)
			}
			if len(a.Paragraphs) != tt.paras {
				t.Errorf("%d paragraphs, want %d:\n%s", len(a.Paragraphs), tt.paras, a.Text)
			}
			if n := len(a.Paragraphs); n > 0 {
				first := a.Text[a.Paragraphs[0].Start:a.Paragraphs[0].End]
				last := a.Text[a.Paragraphs[n-1].Start:a.Paragraphs[n-1].End]
				if !strings.HasPrefix(first, tt.first) {
					t.Errorf("first paragraph %q, want prefix %q", first, tt.first)
				}
				if !strings.HasPrefix(last, tt.last) {
					t.Errorf("last paragraph %q, want prefix %q", last, tt.last)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(a.Text, s) {
					t.Errorf("text contains %q", s)
				}
			}
		})
	}
}

func TestFromTextBadInput(t *testing.T) {
	inputs := map[string]string{
		"empty":   "",
		"spaces":  " \n\n\t \n",
		"binary":  "\x00\x01\x02\xff\xfe\x89PNG\r\n\x1a\n",
		"invalid": "Headline here \xc3\x28 and more\n\nBody \xff text.",
		"quotes":  strings.Repeat("\"“”«»'", 1000),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			a, err := FromText([]byte(in), "")
			if err != nil {
				t.Fatal(err)
			}
			if err := a.Validate(); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestFromBody(t *testing.T) {
	in := "  First para line one\nline two.\n\n\nSecond para.  \n"
	a, err := FromBody([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != in {
		t.Fatalf("text changed: %q", a.Text)
	}
	want := []Span{{2, 31}, {34, 46}}
	if diff := cmp.Diff(want, a.Paragraphs); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
}

func TestParseByline(t *testing.T) {
	tests := []struct {
		in   string
		want []Author
	}{
		{"By Kamila Aliyeva", []Author{{Name: "Kamila Aliyeva"}}},
		{"By Priya Raman and Tom Becker", []Author{{Name: "Priya Raman"}, {Name: "Tom Becker"}}},
		{"By A. B. Smith, C. Jones and Edward de la Cruz", []Author{{Name: "A. B. Smith"}, {Name: "C. Jones"}, {Name: "Edward de la Cruz"}}},
		{"By Jane Doe, Staff Writer", []Author{{Name: "Jane Doe", Role: "Staff Writer"}}},
		{"By Reuters Staff", nil},
		{"By AFP", nil},
		{"Byzantine empire fell", nil},
		{"by the way, this is a sentence", nil},
	}
	for _, tt := range tests {
		got := ParseByline(tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseByline(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := map[string]string{
		"The minister said that the talks in the capital were useful and that the delegation was ready.":                  "en",
		"Der Minister sagte, dass die Gespräche in der Hauptstadt nützlich waren und sich die Lage nicht verbessert hat.": "de",
		"short": "",
	}
	for in, want := range tests {
		if got := DetectLanguage(in); got != want {
			t.Errorf("DetectLanguage(%.30q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzFromText(f *testing.F) {
	f.Add([]byte("Site.Com\n\nA headline of some words\n\nBy Jane Doe\n\nBody text that is long enough to be prose, with many words in it, and a full stop."))
	f.Add([]byte("\xff\xfe\"“"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := FromText(b, "")
		if err != nil {
			return
		}
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzFromBody(f *testing.F) {
	f.Add([]byte("a\n\nb"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := FromBody(b)
		if err != nil {
			return
		}
		if a.Text != string(b) {
			t.Fatal("text changed")
		}
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
	})
}

func BenchmarkFromText(b *testing.B) {
	src, err := os.ReadFile("../testdata/azernews-astana.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := FromText(src, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFromTextLayouts checks that the seed gives the same Article when its
// blank lines are removed or its lines are hard-wrapped at 72 columns.
func TestFromTextLayouts(t *testing.T) {
	src, err := os.ReadFile("../testdata/azernews-astana.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := FromText(src, "")
	if err != nil {
		t.Fatal(err)
	}
	var noBlank, wrapped []string
	for _, line := range strings.Split(string(src), "\n") {
		if strings.TrimSpace(line) != "" {
			noBlank = append(noBlank, line)
		}
		wrapped = append(wrapped, wrap(line, 72)...)
	}
	for name, in := range map[string]string{
		"no blank lines": strings.Join(noBlank, "\n"),
		"wrapped at 72":  strings.Join(wrapped, "\n"),
		"CRLF":           strings.ReplaceAll(string(src), "\n", "\r\n"),
	} {
		got, err := FromText([]byte(in), "")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: (-want +got):\n%s", name, diff)
		}
	}
}

// wrap breaks s into lines of at most width bytes at spaces.
func wrap(s string, width int) []string {
	var out []string
	for len(s) > width {
		i := strings.LastIndexByte(s[:width], ' ')
		if i <= 0 {
			break
		}
		out = append(out, s[:i])
		s = s[i+1:]
	}
	return append(out, s)
}

func TestTextLimit(t *testing.T) {
	big := make([]byte, MaxTextInput+1)
	for _, f := range []func([]byte) (*Article, error){
		func(b []byte) (*Article, error) { return FromText(b, "") }, FromBody,
	} {
		_, err := f(big)
		var le *LimitError
		if !errors.As(err, &le) || !errors.Is(err, ErrLimit) || le.Limit != "size" {
			t.Errorf("err = %v, want a size LimitError", err)
		}
	}
}
