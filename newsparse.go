package newsparse

import (
	"errors"
	"fmt"
	"net/url"

	"github.com/newsparse/newsparse/article"
	_ "github.com/newsparse/newsparse/article/outlet/all" // every outlet adapter
)

// Input says what kind of input Parse is given.
type Input int

// Input kinds.
const (
	InputAuto Input = iota // detect HTML or plain text
	InputHTML              // an HTML page
	InputText              // a scraped plain-text page
	InputBody              // exactly the body text: no segmentation, Text equals the input
)

// Pass selects the analysis passes that run after extraction.
type Pass uint8

// Passes. The zero value of Parser.Passes means AllPasses.
const (
	PassDateline Pass = 1 << iota // dateline and dates in the text
	PassQuote                     // quotes and their speakers
	PassEntity                    // people, organisations and places
	PassNone     Pass = 1 << 7    // run no pass
	AllPasses         = PassDateline | PassQuote | PassEntity
)

// MaxInput is the largest input Parse accepts, in bytes.
const MaxInput = 64 << 20

// Parser turns a news page into an Article. The zero value is ready to use
// and safe for concurrent use.
type Parser struct {
	Input     Input        // kind of input; zero detects it
	URL       string       // the page's URL; chooses the outlet adapter
	Reference article.Time // reference time for relative dates when the page states none
	Passes    Pass         // passes to run; zero means AllPasses
}

// Error is returned by Parse for input it cannot read.
type Error struct {
	Op  string // "read", "extract"
	Err error
}

func (e *Error) Error() string { return "newsparse: " + e.Op + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// ErrTooLarge is returned for input over MaxInput.
var ErrTooLarge = errors.New("input larger than MaxInput")

// Parse parses a page with a zero Parser.
func Parse(src []byte, pageURL string) (*article.Article, error) {
	p := Parser{URL: pageURL}
	return p.Parse(src)
}

// Parse extracts an Article from src and runs the selected passes. On error
// it returns what it could read, which may be nil.
func (p *Parser) Parse(src []byte) (*article.Article, error) {
	if len(src) > MaxInput {
		return nil, &Error{"read", fmt.Errorf("%w (%d > %d bytes)", ErrTooLarge, len(src), MaxInput)}
	}
	a, err := p.extract(src)
	if err != nil {
		return a, &Error{"extract", err}
	}
	passes := p.Passes
	if passes == 0 {
		passes = AllPasses
	}
	if passes&PassNone != 0 {
		return a, nil
	}
	ref := a.Published
	if ref.IsZero() {
		ref = p.Reference
	}
	var errs []error
	if passes&PassDateline != 0 {
		errs = append(errs, guard("dateline", func() { datelinePass(a, ref) }, func() { a.Dateline, a.Dates = nil, nil }))
	}
	if passes&PassEntity != 0 {
		errs = append(errs, guard("entity", func() { entityPass(a); addCredits(a) }, func() { a.Entities = nil }))
	}
	if passes&PassQuote != 0 {
		errs = append(errs, guard("quote", func() { quotePass(a) }, func() { a.Quotes = nil }))
	}
	errs = append(errs, guard("link", func() { link(a) }, func() {}))
	if err := errors.Join(errs...); err != nil {
		return a, err
	}
	return a, nil
}

// ErrInternal wraps a failure inside a pass: a bug, reported as an error
// rather than a panic that would cross the API.
var ErrInternal = errors.New("internal error")

// guard runs a pass and turns a panic into an *Error, dropping that pass's
// results with reset; the article keeps what the other passes found.
func guard(op string, f, reset func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			reset()
			err = &Error{op, fmt.Errorf("%w: %v", ErrInternal, r)}
		}
	}()
	f()
	return nil
}

func (p *Parser) extract(src []byte) (*article.Article, error) {
	kind := p.Input
	if kind == InputAuto {
		kind = InputText
		if article.LooksLikeHTML(src) {
			kind = InputHTML
		}
	}
	switch kind {
	case InputHTML:
		return article.FromHTML(src, p.URL)
	case InputBody:
		return article.FromBody(src)
	default:
		a, err := article.FromText(src, p.URL)
		if err == nil {
			if name := outletName(p.URL); name != "" {
				a.Outlet = name
			}
		}
		return a, err
	}
}

// outletName is the name an outlet adapter registered for the page's host
// gives, or "".
func outletName(pageURL string) string {
	if pageURL == "" {
		return ""
	}
	u, err := url.Parse(pageURL)
	if err != nil || u.Host == "" {
		return ""
	}
	if s, ok := article.DefaultRegistry.Lookup(u.Hostname()).(*article.Site); ok {
		return s.Outlet
	}
	return ""
}
