package article

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Boilerplate rules: which elements never hold body text.

// dropTags are elements whose subtree is never body text.
var dropTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Button: true,
	atom.Select: true, atom.Input: true, atom.Textarea: true, atom.Noscript: true,
	atom.Iframe: true, atom.Figure: true, atom.Figcaption: true, atom.Style: true,
	atom.Menu: true, atom.Dialog: true, atom.Label: true, atom.Object: true, atom.Embed: true,
	atom.Video: true, atom.Audio: true, atom.Picture: true, atom.Canvas: true, atom.Map: true,
	atom.Head: true, atom.Title: true, atom.Template: true, atom.Fieldset: true, atom.Legend: true,
	// Ruby annotations (the reading of the base text) and their fallback parentheses.
	atom.Rt: true, atom.Rp: true,
}

// dropRoles are ARIA roles of boilerplate.
var dropRoles = map[string]bool{
	"navigation": true, "complementary": true, "banner": true, "contentinfo": true,
	"search": true, "menu": true, "menubar": true, "dialog": true, "alertdialog": true,
	"toolbar": true, "tablist": true, "button": true, "figure": true, "img": true,
}

// boilerWords mark an element as boilerplate when a word of its class or id
// (split at '-', '_' and case changes) is one of them, or contains one of
// boilerSubstrings.
var boilerWords = map[string]bool{
	"share": true, "sharing": true, "shares": true, "sharebar": true, "social": true,
	"related": true, "recommended": true, "recommendations": true, "recirc": true, "recirculation": true,
	"comment": true, "comments": true, "commentlist": true, "newsletter": true, "newsletters": true,
	"subscribe": true, "subscription": true, "signup": true, "advert": true, "advertisement": true,
	"advertising": true, "ad": true, "ads": true, "adslot": true, "adunit": true, "dfp": true,
	"gpt": true, "sponsor": true, "sponsored": true, "promo": true, "promotion": true,
	"breadcrumb": true, "breadcrumbs": true, "cookie": true, "cookies": true, "consent": true,
	"popup": true, "modal": true, "overlay": true, "outbrain": true, "taboola": true, "disqus": true,
	"trending": true, "popular": true, "sidebar": true, "widget": true, "widgets": true,
	"caption": true, "captions": true, "figcaption": true, "credit": true, "credits": true,
	"byline": true, "bylines": true, "toolbar": true, "tools": true, "print": true, "skip": true,
	"hide": true, "sr": true, "offscreen": true, "nav": true, "navbar": true,
	"navigation": true, "menu": true, "footer": true, "masthead": true, "header": true,
	"banner": true, "tags": true, "tag": true, "taglist": true, "keywords": true, "topics": true,
	"pagination": true, "pager": true, "rating": true, "gallery": true, "slideshow": true,
	"carousel": true, "timestamp": true, "date": true, "dates": true, "meta": true, "metadata": true,
	"bio": true, "author": true, "authors": true, "avatar": true, "follow": true, "login": true,
	"signin": true, "register": true, "donate": true, "donation": true, "feedback": true,
	"disclaimer": true, "copyright": true, "lightbox": true, "player": true, "video": true,
	"teaser": true, "teasers": true, "more": true, "next": true, "prev": true, "previous": true,
	"pullquote": true, "aside": true, "alert": true, "notification": true, "jump": true,
	"headline": true, "kicker": true, "eyebrow": true, "categories": true,
	"category": true, "dateline_": true, "newsletterform": true, "paywall": false, "inline": false,
	"image": true, "img": true, "photo": true, "thumbnail": true, "thumb": true, "icon": true,
	"hero": true, "lede": false, "facebook": true,
	"rail": true, "ribbon": true, "utility": true, "search": true, "storyline": false, "podcast": true,
	"audio": true, "listen": true, "reactions": true, "emoji": true, "feed": true, "vote": true,
	"poll": true, "survey": true, "quiz": true, "app": true, "download": true, "cta": true,
	"bottom": false, "top": false, "links": true, "linkbox": true, "readmore": true, "see": false,
	"mostread": true, "mostpopular": true, "outstream": true, "preroll": true, "dropdown": true,
}

// boilerSubstrings match anywhere in a class or id token.
var boilerSubstrings = []string{
	"share", "social", "related", "newsletter", "subscri", "advert", "sponsor", "promo",
	"breadcrumb", "cookie", "outbrain", "taboola", "disqus", "recirc", "comment", "sidebar",
	"caption", "byline", "trending", "popular", "recommend", "readmore", "read-more",
	"more-stories", "morestories", "more-news", "morenews", "signup", "sign-up", "paywall-", "navbar", "footer", "masthead",
	"visually-hidden", "visuallyhidden", "element-invisible", "screenreader", "screen-reader", "sr-only", "author-info", "author-bio",
	"authorbio", "authorinfo", "gallery", "slideshow", "breaking-news-bar", "nativead", "native-ad",
	"adslot", "ad-slot", "adunit", "ad-unit", "ad-container", "ad-wrapper", "adwrapper", "googlead",
	"-ad-", "dfp-", "toolbar", "pagination", "lightbox", "modal", "popup", "tagcloud", "tag-cloud",
}

// strongBoiler are boilerplate marks that hold even for an element with
// much text (comments, cookie dialogs, related stories).
var strongBoiler = []string{
	"comment", "share", "social", "related", "recommend", "newsletter", "subscri", "advert",
	"sponsor", "promo", "outbrain", "taboola", "disqus", "recirc", "trending", "popular", "cookie",
	"breadcrumb", "popup", "modal", "signup", "sign-up", "consent", "gdpr", "privacy",
	"visually-hidden", "visuallyhidden", "element-invisible", "screenreader", "sr-only", "screen-reader", "readmore", "read-more", "more-stories",
	"morestories", "more-news", "morenews", "nativead", "native-ad", "adslot", "ad-slot", "adunit", "ad-unit",
	"ad-container", "ad-wrapper", "googlead",
}

// softStrong reports whether element n is strong boilerplate only for
// sharing, social or promotion words, which some themes put on a story's
// own container.
func softStrong(d *document, n int32) bool {
	nd := &d.nodes[n]
	soft := false
	for i := nd.attrStart; i < nd.attrEnd; i++ {
		a := d.attrs[i]
		if a.key != aClass && a.key != aID {
			continue
		}
		for tok := range strings.FieldsSeq(strings.ToLower(a.val)) {
			if ignoredToken(tok) || !tokenIsBoiler(tok, tok) {
				continue
			}
			hard := false
			for _, w := range strongBoiler {
				if strings.Contains(tok, w) && w != "share" && w != "social" && w != "promo" && w != "sponsor" && w != "advert" {
					hard = true
				}
			}
			if hard {
				return false
			}
			soft = true
		}
	}
	return soft
}

// contentWords mark a likely article body: a token holding one keeps the
// element even when another token looks like boilerplate.
var contentSubstrings = []string{
	"articlebody", "article-body", "article_body", "storybody", "story-body", "story_body",
	"post-content", "postcontent", "post_content", "entry-content", "entrycontent", "entry_content",
	"article-content", "articlecontent", "article_content", "article-text", "articletext",
	"article__body", "story-content", "storycontent", "body-text", "bodytext", "article__content",
	"story__body", "main-content", "maincontent", "post-body", "postbody", "content-body",
	"article-main", "text-content", "rich-text", "richtext", "field-body", "node-body",
	"post-text", "story-text", "news-text", "news-body", "article-detail", "single-content",
}

// classVerdict says what an element's class and id tell.
type classVerdict uint8

const (
	classNeutral classVerdict = iota
	classBoiler
	classStrongBoiler
	classContent
)

// classify reads the class and id of element n. Results are cached per
// node and per distinct class value.
func classify(d *document, n int32) classVerdict {
	nd := &d.nodes[n]
	if nd.attrStart == nd.attrEnd {
		return classNeutral
	}
	if d.cls == nil {
		d.cls = make([]uint8, len(d.nodes))
	}
	if c := d.cls[n]; c != 0 {
		return classVerdict(c - 1)
	}
	// Elements share class values ("menu-item"): classify each value once.
	var class, id string
	for i := nd.attrStart; i < nd.attrEnd; i++ {
		switch d.attrs[i].key {
		case aClass:
			class = d.attrs[i].val
		case aID:
			id = d.attrs[i].val
		}
	}
	var v classVerdict
	if id == "" {
		if d.clsByValue == nil {
			d.clsByValue = make(map[string]classVerdict)
		}
		var ok bool
		if v, ok = d.clsByValue[class]; !ok {
			v = classifyAttrs(d, nd)
			d.clsByValue[class] = v
		}
	} else {
		v = classifyAttrs(d, nd)
	}
	d.cls[n] = uint8(v) + 1
	return v
}

func classifyAttrs(d *document, nd *node) classVerdict {
	boiler, strong := false, false
	for i := nd.attrStart; i < nd.attrEnd; i++ {
		a := d.attrs[i]
		if a.key != aClass && a.key != aID {
			continue
		}
		v := a.val
		if len(v) > 300 {
			v = v[:300]
		}
		for len(v) > 0 {
			// One whitespace-separated token at a time, without allocating.
			j := 0
			for j < len(v) && !asciiSpace(v[j]) {
				j++
			}
			tok := v[:j]
			for j < len(v) && asciiSpace(v[j]) {
				j++
			}
			v = v[j:]
			if tok == "" {
				continue
			}
			t := d.tokenVerdict(tok)
			if t&tokContent != 0 {
				return classContent
			}
			boiler = boiler || t&tokBoiler != 0
			strong = strong || t&tokStrong != 0
		}
	}
	switch {
	case strong:
		return classStrongBoiler
	case boiler:
		return classBoiler
	}
	return classNeutral
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// What one class or id token says.
const (
	tokContent uint8 = 1 << iota
	tokBoiler
	tokStrong
	tokKnown // the cache entry is filled
)

// tokenVerdict classifies one class or id token, once per document.
func (d *document) tokenVerdict(tok string) uint8 {
	if t, ok := d.tokCache[tok]; ok {
		return t
	}
	t := classifyToken(tok)
	if d.tokCache == nil {
		d.tokCache = make(map[string]uint8)
	}
	d.tokCache[tok] = t
	return t
}

func classifyToken(tok string) uint8 {
	low := strings.ToLower(tok)
	if ignoredToken(low) {
		return tokKnown
	}
	if contentSet.in(low) {
		return tokKnown | tokContent
	}
	if !tokenIsBoiler(tok, low) {
		return tokKnown
	}
	t := tokKnown | tokBoiler
	if strongSet.in(low) {
		t |= tokStrong
	}
	return t
}

// A substrSet finds whether any of its strings occurs in a text; the
// strings are grouped by first byte so each position tries only a few.
type substrSet [256][]string

func newSubstrSet(list []string) *substrSet {
	var s substrSet
	for _, w := range list {
		if w != "" {
			s[w[0]] = append(s[w[0]], w)
		}
	}
	return &s
}

func (s *substrSet) in(text string) bool {
	for i := 0; i < len(text); i++ {
		for _, w := range s[text[i]] {
			if strings.HasPrefix(text[i:], w) {
				return true
			}
		}
	}
	return false
}

var (
	contentSet = newSubstrSet(contentSubstrings)
	strongSet  = newSubstrSet(strongBoiler)
	boilerSet  = newSubstrSet(boilerSubstrings)
)

// ignoredToken reports class tokens that describe a page or a state, not
// a region: WordPress taxonomy classes ("category-ads", "tag-share") and
// state flags ("has-sidebar", "modal-enabled").
func ignoredToken(low string) bool {
	for _, p := range []string{"category-", "tag-", "has-", "is-", "with-", "no-", "postid-", "page-", "single-", "format-", "type-", "status-", "template-", "elementor-page", "theme-"} {
		if strings.HasPrefix(low, p) && low != "tag-list" && low != "tag-cloud" {
			return true
		}
	}
	for _, suf := range []string{"-enabled", "-active", "-open", "-visible", "-loaded", "-ready", "-template", "-page", "-layout"} {
		if strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

func tokenIsBoiler(tok, low string) bool {
	if boilerSet.in(low) {
		return true
	}
	// Words split at '-', '_' and lower-to-upper case changes.
	start := 0
	for i := 0; i <= len(tok); i++ {
		split := i == len(tok)
		if !split {
			c := tok[i]
			split = c == '-' || c == '_' || c == ':' || c == '.' || c == '/' ||
				(i > start && c >= 'A' && c <= 'Z' && tok[i-1] >= 'a' && tok[i-1] <= 'z')
		}
		if !split {
			continue
		}
		if i > start {
			w := strings.ToLower(tok[start:i])
			// "Section--Ads": a BEM modifier saying the block carries ad
			// slots, not that it is one.
			if boilerWords[w] && !((w == "ad" || w == "ads") && bemModifier(tok, start)) {
				return true
			}
		}
		start = i
		if i < len(tok) && (tok[i] == '-' || tok[i] == '_' || tok[i] == ':' || tok[i] == '.' || tok[i] == '/') {
			start = i + 1
		}
	}
	return false
}

// bemModifier reports whether the word at start of a class token lies in
// its BEM modifier part (after "--").
func bemModifier(tok string, start int) bool {
	i := strings.Index(tok, "--")
	return i > 0 && start >= i+2
}

// isHidden reports whether element n is hidden from readers.
func isHidden(d *document, n int32) bool {
	nd := &d.nodes[n]
	for i := nd.attrStart; i < nd.attrEnd; i++ {
		a := d.attrs[i]
		switch a.key {
		case aHidden:
			return true
		case aStyle:
			s := strings.ToLower(a.val)
			if strings.Contains(s, "display:none") || strings.Contains(s, "display: none") ||
				strings.Contains(s, "visibility:hidden") || strings.Contains(s, "visibility: hidden") {
				return true
			}
		}
	}
	return false
}

// boilerText are whole paragraphs that are page furniture.
var boilerText = map[string]bool{
	"advertisement": true, "advertisements": true, "ad": true, "sponsored": true, "share": true,
	"share this": true, "share this article": true, "share this story": true, "share on facebook": true,
	"share on twitter": true, "tweet": true, "email": true, "print": true, "comments": true,
	"comment": true, "related": true, "related articles": true, "related stories": true,
	"read more": true, "read more:": true, "loading...": true, "loading…": true, "loading": true,
	"click here": true, "continue reading": true, "continue reading below": true,
	"story continues below advertisement": true, "article continues below advertisement": true,
	"skip advertisement": true, "sign up": true, "subscribe": true, "follow us": true,
	"see more": true, "more": true, "latest": true, "latest see more": true, "top stories": true,
	"image": true, "photo": true, "video": true, "close": true, "menu": true, "search": true,
	"copy link": true, "link copied": true, "copied": true, "facebook": true, "twitter": true,
	"linkedin": true, "whatsapp": true, "reddit": true, "pinterest": true, "show comments": true,
	"scroll to continue with content": true, "story continues below": true, "watch": true,
	"listen to this article": true, "listen": true, "play": true, "back to top": true,
	"explore further": true, "table of contents": true, "contents": true, "related posts": true,
	"you may also like": true, "more from": true, "recommended": true, "trending": true,
	// German, French, Spanish, Italian, Portuguese, Dutch, Polish page furniture.
	"auch interessant": true, "weiterlesen": true, "inhaltsverzeichnis": true, "keine kommentare": true,
	"kommentare": true, "kommentar schreiben": true, "kommentare schreiben": true, "mehr zum thema": true,
	"schon gelesen?": true, "teilen": true, "drucken": true, "anzeige": true, "- anzeige -": true,
	"- anzeige-": true, "werbung": true, "beitragsbild": true, "das könnte sie auch interessieren": true,
	"lesen sie auch": true, "mehr dazu": true, "zum artikel": true, "artikel teilen": true,
	"lire aussi": true, "à lire aussi": true, "publicité": true, "partager": true, "commentaires": true,
	"lee también": true, "publicidad": true, "compartir": true, "comentarios": true,
	"leggi anche": true, "pubblicità": true, "condividi": true, "commenti": true,
	"leia também": true, "compartilhe": true, "lees ook": true, "delen": true, "czytaj także": true,
	"czytaj też": true, "reklama": true, "udostępnij": true,
}

// boilerPrefixes open furniture lines.
var boilerPrefixes = []string{"follow us on", "sign up for", "subscribe to", "read more:", "related:",
	"see also:", "click here to", "advertisement", "war der artikel", "möchten sie den artikel",
	"vorschau auf den nächsten", "jetzt abonnieren", "abonnieren sie", "gefällt dir", "gefällt ihnen",
	"pour lire la suite", "pour accéder", "abonnez-vous", "suscríbete", "iscriviti", "zapraszamy",
	"czytasz właśnie", "mit diesem button", "crédits photos", "photo credit", "image credit",
	"foto:", "bild:", "photo:", "abbildung:", "image:", "quelle: dpa", "weiterlesen:",
	"lesen sie das", "lesen sie auch:", "mehr zum thema:", "auch interessant:", "share this",
	"warning: ", "notice: ", "fatal error: ", "deprecated: ", "anzeige -", "anzeige:", "mehr themen",
	"lust auf mehr", "weitere aktuelle themen", "weitere informationen zum", "verraten sie",
	"jede kleine spende", "subscribe now", "for the latest stories", "mira lo que", "¡mira lo que",
	"kontakt:", "telefon:", "tel.:", "e-mail:", "fax:", "bildquelle", "fotos:", "photos:", "credit:"}

// creditMarks make a short line an image credit: "Jane Doe/Getty Images".
var creditMarks = []string{"getty images", "/ap", "ap photo", "/reuters", "reuters/", "afp/", "/afp",
	"/dpa", "dpa/", "picture alliance", "shutterstock", "istock", "imago", "keystone", "epa/", "/epa"}

// isBoilerText reports whether a paragraph is page furniture.
func isBoilerText(s string) bool {
	if len(s) > 80 {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(s))
	l = strings.TrimRight(l, ".:!»›> ")
	if boilerText[l] {
		return true
	}
	if strings.HasPrefix(l, "©") || strings.HasPrefix(l, "copyright ©") || strings.HasPrefix(l, "(c) ") {
		return true
	}
	for _, p := range boilerPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if len(l) < 60 && !strings.HasSuffix(l, ".") {
		for _, c := range creditMarks {
			if strings.Contains(l, c) {
				return true
			}
		}
	}
	return false
}
