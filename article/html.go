package article

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"
)

// Limits of the HTML extractor when HTMLOptions leaves them zero.
const (
	DefaultMaxHTMLSize  = 32 << 20 // bytes
	DefaultMaxHTMLDepth = 1024     // open elements at once
)

// ErrLimit is matched (errors.Is) by every LimitError.
var ErrLimit = errors.New("article: input over limit")

// LimitError reports a page over one of the extractor's limits.
type LimitError struct {
	Limit string // "size" or "depth"
	Max   int
	Got   int
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("article: page %s %d over the limit of %d", e.Limit, e.Got, e.Max)
}

// Is makes errors.Is(err, ErrLimit) true.
func (e *LimitError) Is(target error) bool { return target == ErrLimit }

// CharsetError reports a page in a character set the extractor does not
// read: not UTF-8, and declared as something other than Latin-1,
// Windows-1252, Windows-1250 or ISO-8859-2.
type CharsetError struct {
	Charset string // as declared by the page
}

func (e *CharsetError) Error() string {
	return fmt.Sprintf("article: unsupported charset %q (UTF-8, ISO-8859-1/2 and Windows-1250/1252 are read)", e.Charset)
}

// HTMLOptions configure FromHTMLOptions. The zero value is ready to use.
type HTMLOptions struct {
	URL      string    // the page's URL; picks the adapter and resolves relative links
	Registry *Registry // adapters to choose from; nil means DefaultRegistry
	MaxSize  int       // largest page in bytes; 0 means DefaultMaxHTMLSize
	MaxDepth int       // deepest element nesting; 0 means DefaultMaxHTMLDepth
}

// LooksLikeHTML reports whether src appears to be an HTML page rather than plain text.
func LooksLikeHTML(src []byte) bool {
	head := src
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.ToLower(bytes.TrimSpace(head))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.Contains(head, []byte("<head")) || bytes.Contains(head, []byte("<body"))
}

// FromHTML extracts an Article from an HTML page with the default options.
// pageURL may be empty; the page's canonical URL then picks the adapter.
func FromHTML(src []byte, pageURL string) (*Article, error) {
	return FromHTMLOptions(src, HTMLOptions{URL: pageURL})
}

// FromHTMLOptions extracts an Article from an HTML page.
//
// Pages whose bytes are valid UTF-8 are read as UTF-8, whatever charset
// they declare (a page saying gb2312 but served converted to UTF-8 is read
// as it is). A page that is not valid UTF-8 and declares ISO-8859-1,
// Latin-1, US-ASCII or Windows-1252 in a <meta> is decoded as Windows-1252
// (as browsers do); one declaring any other charset (gb2312, shift_jis,
// koi8-r, ...) fails with a *CharsetError; one declaring none, or UTF-8,
// is read as UTF-8 with invalid bytes replaced by U+FFFD. Pages over the size or nesting limits fail with
// a *LimitError. Missing fields are not errors: they stay empty.
func FromHTMLOptions(src []byte, opt HTMLOptions) (a *Article, err error) {
	maxSize := opt.MaxSize
	if maxSize <= 0 {
		maxSize = DefaultMaxHTMLSize
	}
	if len(src) > maxSize {
		return nil, &LimitError{Limit: "size", Max: maxSize, Got: len(src)}
	}
	maxDepth := opt.MaxDepth
	if maxDepth <= 0 {
		maxDepth = DefaultMaxHTMLDepth
	}
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("article: internal error on this page: %v", r)
		}
	}()
	src, err = toUTF8(src)
	if err != nil {
		return nil, err
	}
	d, err := parseDocument(src, maxDepth)
	if err != nil {
		return nil, err
	}
	p := &Page{doc: d, url: opt.URL}
	reg := opt.Registry
	if reg == nil {
		reg = DefaultRegistry
	}
	host := hostOf(opt.URL)
	if host == "" {
		host = hostOf(p.pageURL())
	}
	if host == "" {
		host = p.feedHost()
	}
	ad := reg.Lookup(host)
	a, err = ad.Extract(p)
	if err != nil {
		return nil, err
	}
	if a == nil {
		a = &Article{}
	}
	return a, nil
}

// toUTF8 returns src as UTF-8, converting a declared single-byte Western
// charset.
func toUTF8(src []byte) ([]byte, error) {
	if utf8.Valid(src) {
		return src, nil
	}
	cs := declaredCharset(src)
	switch cs {
	case "", "utf-8", "utf8":
		return bytes.ToValidUTF8(src, []byte("\uFFFD")), nil
	case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252",
		"us-ascii", "ascii", "iso-8859-15", "iso8859-15", "x-cp1252", "cp819", "ibm819":
		return decode1252(src), nil
	case "windows-1250", "cp1250", "x-cp1250":
		return decodeHigh(src, &win1250), nil
	case "iso-8859-2", "iso8859-2", "latin2", "l2", "iso_8859-2":
		return decodeHigh(src, &latin2), nil
	}
	return nil, &CharsetError{Charset: cs}
}

// declaredCharset finds the charset named by the first <meta> that names
// one (<meta charset> or an http-equiv Content-Type) in the first 8 KB;
// charset attributes of other elements (<script charset>) do not count.
func declaredCharset(src []byte) string {
	head := src
	if len(head) > 8192 {
		head = head[:8192]
	}
	low := bytes.ToLower(head)
	for {
		i := bytes.Index(low, []byte("<meta"))
		if i < 0 {
			return ""
		}
		low = low[i+len("<meta"):]
		tag := low
		if len(tag) > 512 {
			tag = tag[:512]
		}
		if j := bytes.IndexByte(tag, '>'); j >= 0 {
			tag = tag[:j]
		}
		k := bytes.Index(tag, []byte("charset="))
		if k < 0 {
			continue
		}
		rest := bytes.TrimLeft(tag[k+len("charset="):], "\"' ")
		end := 0
		for end < len(rest) {
			c := rest[end]
			if c == '-' || c == '_' || c == '.' || c == ':' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
				end++
				continue
			}
			break
		}
		if end > 0 {
			return string(rest[:end])
		}
	}
}

// win1252 maps bytes 0x80-0x9F of Windows-1252 to runes.
var win1252 = [32]rune{
	0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
}

func decode1252(src []byte) []byte {
	out := make([]byte, 0, len(src)+len(src)/8)
	for _, c := range src {
		switch {
		case c < 0x80:
			out = append(out, c)
		case c < 0xA0:
			out = utf8.AppendRune(out, win1252[c-0x80])
		default:
			out = utf8.AppendRune(out, rune(c))
		}
	}
	return out
}
