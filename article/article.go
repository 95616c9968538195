// Package article holds the shared Article type, its JSON form, and the
// extraction of an Article from an HTML page or a scraped plain-text page.
//
// Spans in an Article are half-open byte ranges [Start, End) into
// Article.Text. Fields that the page does not state stay empty and are left
// out of the JSON form.
package article

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Article is one news article in structured form.
type Article struct {
	Source     string    // path or URL the input came from
	URL        string    // canonical URL of the page
	Outlet     string    // name of the news outlet
	Language   string    // BCP 47 language tag, "en"
	Headline   string    // headline without the site name
	Authors    []Author  // people who wrote the article
	Published  Time      // publication time, in the page's own zone
	Modified   Time      // last modification time
	Dateline   *Dateline // dateline at the start of the body, if any
	Text       string    // body text; paragraphs separated by "\n\n"
	Paragraphs []Span    // paragraph spans in Text
	Quotes     []Quote
	Entities   []Entity
	Dates      []Date
}

// Author is a person credited with writing the article.
type Author struct {
	Name   string `json:"name"`
	Role   string `json:"role,omitempty"`
	Handle string `json:"handle,omitempty"`
}

// ZoneSource tells how the zone of a Time was decided.
type ZoneSource string

// Zone sources, as written in the JSON field "published_zone".
const (
	ZoneNone         ZoneSource = "none"         // no zone known; only the date is claimed
	ZoneOffset       ZoneSource = "offset"       // a numeric offset stated on the page
	ZoneAbbreviation ZoneSource = "abbreviation" // an abbreviation such as EST or MSK
	ZoneOutlet       ZoneSource = "outlet"       // the outlet's home zone, assumed
)

// Time is a point in time as a page states it. The zero value is unknown.
// With Zone ZoneNone only the date of T is a claim.
type Time struct {
	T    time.Time
	Zone ZoneSource
}

// IsZero reports whether the time is unknown.
func (t Time) IsZero() bool { return t.T.IsZero() }

// String is the JSON form: RFC 3339 with the page's offset, or the date
// alone when no zone is known.
func (t Time) String() string {
	if t.IsZero() {
		return ""
	}
	if t.Zone == ZoneNone || t.Zone == "" {
		return t.T.Format("2006-01-02")
	}
	return t.T.Format(time.RFC3339)
}

// ParseTime reads the JSON form written by Time.String, with the zone source
// given separately (it is empty for a date-only value).
func ParseTime(s string, zone ZoneSource) (Time, error) {
	if s == "" {
		return Time{}, nil
	}
	if len(s) == len("2006-01-02") {
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return Time{}, fmt.Errorf("article: bad date %q: %w", s, err)
		}
		return Time{T: t, Zone: ZoneNone}, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return Time{}, fmt.Errorf("article: bad time %q: %w", s, err)
	}
	if zone == "" || zone == ZoneNone {
		zone = ZoneOffset
	}
	return Time{T: t, Zone: zone}, nil
}

// Span is a half-open byte range [Start, End) in Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// TextSpan is a span together with the text it covers.
type TextSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Dateline is the line that opens a wire story: "MOSCOW, Feb. 13 (Reuters) -".
type Dateline struct {
	Text   string `json:"text"`
	Place  string `json:"place,omitempty"`  // as the dateline gives it: "ASTANA", "Nairobi, Kenya"
	Agency string `json:"agency,omitempty"` // "Reuters"
	Date   string `json:"date,omitempty"`   // local date stated by the dateline, YYYY-MM-DD
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Quote is a quotation or a piece of reported speech.
type Quote struct {
	Start   int       `json:"start"` // span of the quoted words, marks excluded
	End     int       `json:"end"`
	Text    string    `json:"text"`
	Kind    string    `json:"kind"` // direct, partial or indirect
	Cue     *TextSpan `json:"cue,omitempty"`
	Speaker *Speaker  `json:"speaker,omitempty"`
}

// Quote kinds.
const (
	QuoteDirect   = "direct"
	QuotePartial  = "partial"
	QuoteIndirect = "indirect"
)

// Speaker is who a quote is attributed to.
type Speaker struct {
	Name  string `json:"name"` // fullest form of the name in the text
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"` // the attributing mention, "he"
}

// Entity is a person, organisation or place with all its mentions.
type Entity struct {
	ID       string    `json:"id,omitempty"`
	Name     string    `json:"name"`
	Kind     string    `json:"kind"` // person, organization, location, other
	Titles   []string  `json:"titles,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Entity kinds.
const (
	KindPerson       = "person"
	KindOrganization = "organization"
	KindLocation     = "location"
	KindOther        = "other"
)

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind,omitempty"` // set where it differs from the entity's
}

// Date is a temporal expression found in the text, with its TimeML value.
type Date struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Type     string `json:"type"`                // DATE, TIME, DURATION, SET
	Value    string `json:"value"`               // TIMEX3 value: 2017-02-13, 2017-W07, P6Y
	EndValue string `json:"end_value,omitempty"` // last value of a range
}

// jsonArticle is the JSON form of an Article (DESIGN.md).
type jsonArticle struct {
	Source        string     `json:"source,omitempty"`
	URL           string     `json:"url,omitempty"`
	Outlet        string     `json:"outlet,omitempty"`
	Language      string     `json:"language,omitempty"`
	Headline      string     `json:"headline,omitempty"`
	Authors       []Author   `json:"authors,omitempty"`
	Published     string     `json:"published,omitempty"`
	PublishedZone ZoneSource `json:"published_zone,omitempty"`
	Modified      string     `json:"modified,omitempty"`
	Dateline      *Dateline  `json:"dateline,omitempty"`
	Text          string     `json:"text,omitempty"`
	Paragraphs    []Span     `json:"paragraphs,omitempty"`
	Quotes        []Quote    `json:"quotes,omitempty"`
	Entities      []Entity   `json:"entities,omitempty"`
	Dates         []Date     `json:"dates,omitempty"`
}

// MarshalJSON writes the JSON form of DESIGN.md.
func (a *Article) MarshalJSON() ([]byte, error) {
	j := jsonArticle{
		Source: a.Source, URL: a.URL, Outlet: a.Outlet, Language: a.Language,
		Headline: a.Headline, Authors: a.Authors,
		Published: a.Published.String(), Modified: a.Modified.String(),
		Dateline: a.Dateline, Text: a.Text, Paragraphs: a.Paragraphs,
		Quotes: a.Quotes, Entities: a.Entities, Dates: a.Dates,
	}
	if !a.Published.IsZero() {
		j.PublishedZone = a.Published.Zone
		if j.PublishedZone == "" {
			j.PublishedZone = ZoneNone
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the JSON form of DESIGN.md.
func (a *Article) UnmarshalJSON(b []byte) error {
	var j jsonArticle
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	pub, err := ParseTime(j.Published, j.PublishedZone)
	if err != nil {
		return err
	}
	mod, err := ParseTime(j.Modified, "")
	if err != nil {
		return err
	}
	*a = Article{
		Source: j.Source, URL: j.URL, Outlet: j.Outlet, Language: j.Language,
		Headline: j.Headline, Authors: j.Authors, Published: pub, Modified: mod,
		Dateline: j.Dateline, Text: j.Text, Paragraphs: j.Paragraphs,
		Quotes: j.Quotes, Entities: j.Entities, Dates: j.Dates,
	}
	return nil
}

// SpanError reports a span that does not index Article.Text correctly.
type SpanError struct {
	Field string // "quotes[2].speaker"
	Start int
	End   int
	Msg   string
}

func (e *SpanError) Error() string {
	return fmt.Sprintf("article: span %s [%d,%d): %s", e.Field, e.Start, e.End, e.Msg)
}

// Validate checks every span against Text: in range, ordered, and equal to
// the text it claims to cover. It returns all problems joined.
func (a *Article) Validate() error {
	var errs []error
	check := func(field string, start, end int, text *string) {
		switch {
		case start < 0 || end > len(a.Text) || start > end:
			errs = append(errs, &SpanError{field, start, end, fmt.Sprintf("out of range (text has %d bytes)", len(a.Text))})
		case text != nil && a.Text[start:end] != *text:
			errs = append(errs, &SpanError{field, start, end, fmt.Sprintf("covers %q, not %q", a.Text[start:end], *text)})
		}
	}
	if d := a.Dateline; d != nil {
		check("dateline", d.Start, d.End, &d.Text)
	}
	for i, p := range a.Paragraphs {
		check(fmt.Sprintf("paragraphs[%d]", i), p.Start, p.End, nil)
	}
	for i := range a.Quotes {
		q := &a.Quotes[i]
		check(fmt.Sprintf("quotes[%d]", i), q.Start, q.End, &q.Text)
		if q.Cue != nil {
			check(fmt.Sprintf("quotes[%d].cue", i), q.Cue.Start, q.Cue.End, &q.Cue.Text)
		}
		if q.Speaker != nil {
			check(fmt.Sprintf("quotes[%d].speaker", i), q.Speaker.Start, q.Speaker.End, &q.Speaker.Text)
		}
	}
	for i := range a.Entities {
		for k := range a.Entities[i].Mentions {
			m := &a.Entities[i].Mentions[k]
			check(fmt.Sprintf("entities[%d].mentions[%d]", i, k), m.Start, m.End, &m.Text)
		}
	}
	for i := range a.Dates {
		d := &a.Dates[i]
		check(fmt.Sprintf("dates[%d]", i), d.Start, d.End, &d.Text)
	}
	return errors.Join(errs...)
}
