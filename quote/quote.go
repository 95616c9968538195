package quote

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind is the kind of a quotation.
type Kind string

// Quote kinds.
const (
	Direct   Kind = "direct"   // a whole statement in quote marks
	Partial  Kind = "partial"  // reported speech holding a marked fragment
	Indirect Kind = "indirect" // reported speech without marks
)

// Span is a half-open byte range [Start, End) of the text given to Find,
// with the text it covers.
type Span struct {
	Start int
	End   int
	Text  string
}

// Speaker is who a quote is attributed to.
type Speaker struct {
	Span           // the attributing mention next to the cue: "he", "Mikhail Bogdanov, Russia's deputy foreign minister"
	Name    string // the fullest form of the name in the text ("Mikhail Bogdanov"), or the mention itself
	Pronoun bool   // the mention is a pronoun; Name is the person it was resolved to, if any
	Named   bool   // Name is a proper name
}

// Quote is a quotation or a piece of reported speech.
type Quote struct {
	Span                // the quoted words, marks excluded for direct quotes
	Kind       Kind     // direct, partial or indirect
	Cue        *Span    // the cue: "said", "according to"; nil when none
	Speaker    *Speaker // nil when unknown
	Confidence float64  // 0..1, a rough estimate that the quote and its speaker are right
}

// MaxInput is the largest text Find accepts, in bytes.
const MaxInput = 64 << 20

// ErrTooLarge is returned for text over MaxInput.
var ErrTooLarge = errors.New("quote: text larger than MaxInput")

// ErrInternal reports a defect of the package met on some input; Find
// returns it instead of panicking.
var ErrInternal = errors.New("quote: internal error")

// Error is an error about the input of Find.
type Error struct {
	Size int // size of the input in bytes
	Err  error
}

func (e *Error) Error() string { return fmt.Sprintf("%v (%d bytes)", e.Err, e.Size) }
func (e *Error) Unwrap() error { return e.Err }

// Options configures Find. The zero value finds direct, partial and
// indirect quotes with the default lexicon, detecting English or German.
type Options struct {
	Lexicon    *Lexicon // cue words; nil means DefaultLexicon
	Language   string   // "en", "de", or another language of Lexicon; "" detects en or de
	NoIndirect bool     // report only quotes in marks
	MaxQuote   int      // longest distance in bytes between paired marks; 0 means 5000
}

func (o *Options) maxQuote() int {
	if o == nil || o.MaxQuote <= 0 {
		return 5000
	}
	return o.MaxQuote
}

// chunk is the largest piece of text analysed at once; longer texts are
// cut at paragraph ends, so memory stays bounded.
const chunk = 1 << 20

// Find returns the quotations in text in order of position. Invalid UTF-8
// is tolerated; spans index text as given.
func Find(text string, opt *Options) (qs []Quote, err error) {
	if len(text) > MaxInput {
		return nil, &Error{Size: len(text), Err: ErrTooLarge}
	}
	defer func() {
		// a defect must not crash the caller: report it as an error
		if r := recover(); r != nil {
			qs, err = nil, &Error{Size: len(text), Err: fmt.Errorf("%w: %v", ErrInternal, r)}
		}
	}()
	if opt == nil {
		opt = &Options{}
	}
	f := finders.Get().(*finder)
	defer f.release()
	f.text, f.opt = text, opt
	lex := opt.Lexicon
	if lex == nil {
		lex = defaultLexicon
	}
	f.lang = opt.Language
	if f.lang == "" {
		f.lang = detectLanguage(text, lex)
	}
	f.de = f.lang == "de"
	f.lex = lex.langs[f.lang]
	f.names = map[string]string{}
	f.solo = map[string]int{}
	f.gender = map[string]byte{}
	for lo := 0; lo < len(text); {
		hi := cut(text, lo)
		f.run(lo, hi)
		lo = hi
	}
	out := f.out
	f.out = nil
	return out, nil
}

// finders keeps the buffers of finished calls for reuse.
var finders = sync.Pool{New: func() any { return new(finder) }}

// release clears the finder, keeping its buffers, and returns it to the pool.
func (f *finder) release() {
	if cap(f.toks) > 1<<20 {
		f.toks = nil // do not keep the buffers of a huge input
	}
	*f = finder{toks: f.toks[:0], pairs: f.pairs[:0], stack: f.stack[:0], scratch: f.scratch[:0], sents: f.sents[:0], attrs: f.attrs[:0]}
	finders.Put(f)
}

// cut returns the end of the chunk starting at lo: a paragraph end near lo+chunk.
func cut(text string, lo int) int {
	if len(text)-lo <= chunk {
		return len(text)
	}
	hi := lo + chunk
	if k := strings.LastIndexByte(text[lo+chunk/2:hi], '\n'); k >= 0 {
		return lo + chunk/2 + k + 1
	}
	if k := strings.LastIndexByte(text[lo+chunk/2:hi], ' '); k >= 0 {
		return lo + chunk/2 + k + 1
	}
	for hi > lo && !utf8.RuneStart(text[hi]) {
		hi--
	}
	if hi == lo {
		return lo + chunk
	}
	return hi
}

func detectLanguage(text string, lex *Lexicon) string {
	en, de := lex.langs["en"], lex.langs["de"]
	if de == nil {
		return "en"
	}
	var ne, nd int
	sample := text
	if len(sample) > 4000 {
		sample = sample[:4000]
	}
	var buf [8]byte
	for i := 0; i < len(sample); {
		j := i
		for j < len(sample) && sample[j] < utf8.RuneSelf && (sample[j]|0x20 >= 'a' && sample[j]|0x20 <= 'z') {
			j++
		}
		if j > i && j-i <= len(buf) && (j == len(sample) || sample[j] < utf8.RuneSelf) {
			w := buf[:0]
			for k := i; k < j; k++ {
				w = append(w, sample[k]|0x20)
			}
			if en[string(w)]&wLang != 0 {
				ne++
			}
			if de[string(w)]&wLang != 0 {
				nd++
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	if nd > ne {
		return "de"
	}
	return "en"
}

type finder struct {
	text    string
	opt     *Options
	lang    string
	de      bool
	lex     map[string]uint32
	toks    []token
	pairs   []pair
	stack   []openMark
	scratch []byte
	sents   [][2]int
	attrs   []attr
	out     []Quote
	names   map[string]string // last name token -> fullest person name seen
	solo    map[string]int    // capitalised words seen standing alone
	// the last person named in subject position, for pronouns
	lastPerson  string
	lastGroup   string
	curA        int               // first token of the current sentence
	lastSpk     *Speaker          // the speaker of the latest attribution, in sentence lastSpkSent (free indirect speech)
	recent      []string          // persons named lately, the latest last
	gender      map[string]byte   // 'm' or 'f' where the text tells
	lower       map[string]string // lower-case forms of capitalised words (lowerWord)
	lastSpkSent int
	subjSpk     *Speaker // the person named as the subject of sentence subjSent
	subjSent    int
	cueOnly     [2]int // the source of a speech verb without content in the current sentence
}

type attr struct {
	cueS, cueE int // token range of the cue
	srcS, srcE int // token range of the source; srcS < 0 when none
	conS, conE int // token range of the content
	inherit    bool
	pieces     []int // marked quotes that are the content (direct quotes)
	spk        *Speaker
	conf       float64
	marked     bool // content holds quote marks
	anon       bool // the source is not in the text: "is expected to"
	fragment   bool // its marked pieces are fragments of reported speech (partial)
}

func (f *finder) run(lo, hi int) {
	f.tokenize(lo, hi)
	if len(f.toks) == 0 {
		return
	}
	if !f.de && f.lex != nil {
		f.markPhrasal()
	}
	f.pairMarks()
	f.sentences()
	f.collectNames()
	f.sents = f.sents[:0]
	a := 0
	for i := range f.toks {
		if f.toks[i].flags&fSentEnd != 0 {
			f.sents = append(f.sents, [2]int{a, i + 1})
			a = i + 1
		}
	}
	if a < len(f.toks) {
		f.sents = append(f.sents, [2]int{a, len(f.toks)})
	}
	f.attrs = f.attrs[:0]
	for si, s := range f.sents {
		f.sentence(si, s[0], s[1])
	}
	f.emit()
}

// ---------------------------------------------------------------------------
// names

// collectNames records the fullest form of every person-like name in the
// chunk, keyed by its last word.
func (f *finder) collectNames() {
	toks := f.toks
	for i := 0; i < len(toks); {
		if toks[i].kind != kWord || toks[i].flags&fCap == 0 {
			i++
			continue
		}
		j := i
		for j < len(toks) && toks[j].kind == kWord && (toks[j].flags&fCap != 0 || f.particle(j) && j+1 < len(toks) && toks[j+1].flags&fCap != 0) && (j == i || toks[j].flags&fPara == 0) {
			j++
			if toks[j-1].e < len(f.text) && j < len(toks) && toks[j].s != toks[j-1].e && f.text[toks[j-1].e] != ' ' {
				break
			}
		}
		if j-i == 1 && (i == 0 || toks[i-1].flags&fCap == 0 || toks[i-1].flags&fSentEnd != 0) {
			f.solo[f.word(i)]++
		}
		s, e := f.nameCore(i, j)
		if e-s >= 2 && e-s <= 4 && f.personLike(s, e) {
			last := f.word(e - 1)
			full := f.text[toks[s].s:toks[e-1].e]
			if old, ok := f.names[last]; !ok || len(full) > len(old) {
				f.names[last] = full
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

func (f *finder) particle(j int) bool {
	w := f.word(j)
	if len(w) > 4 || f.toks[j].flags&fLower == 0 {
		return false
	}
	if f.de && (w == "der" || w == "den") && !(j > 0 && f.lowerIn(j-1, "von", "van")) {
		return false // an article, not "von der Leyen"
	}
	switch w {
	case "de", "van", "von", "der", "den", "da", "del", "di", "du", "la", "le", "bin", "ibn", "al", "el", "dos", "ter", "zu":
		return true
	}
	return false
}

// nameCore strips leading stop words and titles from the capitalised run [s,e).
func (f *finder) nameCore(s, e int) (int, int) {
	// a title before the name; a last word that is a title is a surname: "Charlie King"
	for k := e - 2; k >= s; k-- {
		if f.toks[k].class&wTitle != 0 || f.de && e-k >= 3 && (germanTitle(f.word(k)) || germanTitleInflected(f.word(k))) {
			s = k + 1
			break
		}
	}
	for s < e && (f.toks[s].class&(wStop|wDet|wTime) != 0 && !f.monthFirstName(s) || f.particle(s) || isDemonym(f.word(s))) {
		s++
	}
	// a place or organisation name used on its own elsewhere: "Astana Stanislav Gadzhimagomedov"
	if e-s >= 3 && f.solo[f.word(s)] >= 1 && f.solo[f.word(e-1)] == 0 {
		s++
	}
	// "Secretary of Labor Tom Reilly": the department before the name
	if !f.de && e-s >= 3 && s >= 2 && f.lowerIs(s-1, "of") && f.toks[s-2].class&wTitle != 0 {
		k := e - 1
		for k-1 > s && initial(f.word(k-1)) {
			k--
		}
		if k-1 > s {
			s = k - 1
		}
	}
	// possessive at the end: "Trump's"
	return s, e
}

// initial: "F." or "J".
func initial(w string) bool {
	return len(w) == 1 || len(w) == 2 && w[1] == '.'
}

// personLike: no organisation word, no possessive, not a time word.
func (f *finder) personLike(s, e int) bool {
	for k := s; k < e; k++ {
		t := f.toks[k]
		if t.class&wOrg != 0 || t.class&wTime != 0 && !f.monthFirstName(k) {
			return false
		}
		w := f.word(k)
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
			return false
		}
		if t.flags&fDigit != 0 {
			return false
		}
		if allUpper(w) && len(w) > 1 && !strings.Contains(w, ".") {
			return false
		}
	}
	return true
}

func allUpper(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}

func isDemonym(w string) bool {
	switch w {
	case "German", "French", "Israeli", "Democratic", "Federal", "Former", "Deputy", "Senior", "Top", "Vice", "State", "U.S.", "US", "UN", "U.N.", "Senate", "House":
		return true
	}
	if len(w) < 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, suf := range []string{"ian", "ese", "ish", "can", "ean"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// fullName returns the fullest known form of name.
func (f *finder) fullName(name string) string {
	t := strings.TrimFunc(name, unicode.IsSpace)
	if t == "" {
		return name
	}
	last := t // the last word, split as strings.Fields would, without its slice
	if i := strings.LastIndexFunc(t, unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(t[i:])
		last = t[i+n:]
	}
	if full, ok := f.names[last]; ok && len(full) > len(name) && strings.HasSuffix(full, last) {
		// "Mr. Trump" or "Trump" -> "Donald J. Trump"; never replace a different first name
		first := strings.TrimRightFunc(t[:len(t)-len(last)], unicode.IsSpace)
		if first == "" || strings.IndexFunc(first, unicode.IsSpace) < 0 && f.lex[strings.ToLower(first)]&wTitle != 0 {
			return full
		}
	}
	return name
}

// germanTitle: a German compound ending in a title: "Kommissionspräsident".
func germanTitle(w string) bool {
	for _, t := range [...]string{"präsident", "präsidentin", "minister", "ministerin", "chef", "chefin", "sprecher",
		"sprecherin", "vorsitzende", "vorsitzender", "kanzler", "kanzlerin", "direktor", "direktorin", "leiter",
		"leiterin", "sekretär", "botschafter", "bürgermeister", "bürgermeisterin", "abgeordneter", "abgeordnete",
		"intendant", "intendantin", "experte", "expertin", "trainer", "kommissar", "kommissarin", "führer", "führerin",
		"politiker", "politikerin", "sekretärin", "beauftragte", "beauftragter", "anwalt", "anwältin", "richter", "richterin",
		"analyst", "analystin", "kommandeur", "gouverneur", "gouverneurin", "senator", "senatorin", "bischof", "journalist",
		"journalistin", "ökonom", "ökonomin", "professor", "professorin", "forscher", "forscherin", "wissenschaftler",
		"wissenschaftlerin", "vertreter", "vertreterin", "landrat", "landrätin", "sprecher", "sprecherin", "general", "moderator", "moderatorin", "trainerin",
		"theologe", "theologin", "historiker", "historikerin", "soziologe", "soziologin", "psychologe", "psychologin",
		"kritiker", "kritikerin", "berater", "beraterin"} {
		if len(w) >= len(t) {
			if tail := w[len(w)-len(t):]; tail == t || strings.EqualFold(tail, t) {
				return true
			}
		}
	}
	return false
}
