package dateline

import (
	"testing"
	"time"
)

// ref1989 is a Thursday in the fourth quarter, after third-quarter reports.
var ref1989 = time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC)

// TestFindContext checks value choices that depend on the words around an
// expression: the period a comparison names, discourse markers, anchors.
func TestFindContext(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		span  string // the expression checked; "" when none may start with want
		value string
	}{
		{"quarter comparison", "Third-quarter profit rose to $5 million from $4 million a year earlier.",
			"a year earlier", "1988-Q3"},
		{"nine months compared", "Third-quarter profit rose. For the nine months, the company earned $18.9 million, or 97 cents a share, compared with a loss of $9.7 million a year earlier.",
			"a year earlier", "1988"},
		{"first half compared", "Net rose 5% in the third quarter. In the first half, sales fell to $2 million from $3 million a year ago.",
			"a year ago", "1988"},
		{"year-earlier nine months", "Third-quarter sales rose. Revenue for the six months rose 4% from year-earlier levels.",
			"year-earlier", "1988"},
		{"decimal point is no sentence end", "Third-quarter net rose. For the nine months, net was $1.5 million, or 4.5 cents a share, up from $1.2 million, or 3.9 cents a share, a year ago.",
			"a year ago", "1988"},
	}
	for _, tc := range tests {
		got := Find(tc.text, Options{Reference: ref1989})
		found := false
		for _, x := range got {
			if x.Text == tc.span {
				found = true
				if x.Value != tc.value {
					t.Errorf("%s: %q = %s, want %s", tc.name, x.Text, x.Value, tc.value)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q not found in %+v", tc.name, tc.span, got)
		}
	}
}
