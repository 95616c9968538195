package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Author names from HTML: metadata fields and byline elements name their
// content as an author, so a single-word name ("marc", "Andrea") is kept
// there, unlike in running text; site names, generic accounts and roles are
// not.

// notAuthors are credits that name no person.
var notAuthors = map[string]bool{
	"admin": true, "administrator": true, "administrador": true, "redaktion": true, "redaction": true,
	"rédaction": true, "redacción": true, "redazione": true, "editor": true, "editors": true,
	"editorial": true, "staff": true, "team": true, "guest": true, "user": true, "super user": true,
	"webmaster": true, "anonymous": true, "unknown": true, "author": true, "autor": true, "auteur": true,
	"news": true, "newsroom": true, "desk": true, "agencies": true, "agency": true, "wires": true,
	"wire": true, "press": true, "editorial staff": true, "editorial team": true, "web desk": true,
	"news desk": true, "online": true, "default": true, "root": true, "system": true, "by": true,
	"posted": true, "written": true, "von": true, "par": true, "por": true, "gast": true, "gastautor": true,
	"contributor": true, "contributors": true, "guest author": true, "guest post": true, "dpa": true,
	"afp": true, "reuters": true, "ap": true, "apa": true, "ansa": true, "epd": true, "kna": true,
	"sid": true, "upi": true, "tass": true, "xinhua": true, "bloomberg": true,
}

// degrees follow a name after a comma: "Jane Doe, PhD".
var degrees = map[string]bool{
	"phd": true, "ph.d": true, "md": true, "m.d": true, "ma": true, "mba": true, "msc": true,
	"bsc": true, "rd": true, "rn": true, "dds": true, "jd": true, "mph": true, "dr": true, "prof": true,
	"jr": true, "sr": true, "esq": true, "cfa": true, "cpa": true,
}

// jobTitles before a name are not part of it.
var jobTitles = map[string]bool{
	"rechtsanwalt": true, "rechtsanwältin": true, "reporter": true, "redakteur": true,
	"redakteurin": true, "journalist": true, "journalistin": true, "correspondent": true,
	"korrespondent": true, "korrespondentin": true, "autor": true, "autorin": true,
	"fotograf": true, "fotografin": true, "editor": true, "columnist": true,
}

// determiners open an organisation's name, not a person's.
var determiners = map[string]bool{
	"the": true, "die": true, "der": true, "das": true, "la": true, "le": true, "les": true,
	"el": true, "los": true, "las": true, "il": true, "lo": true, "gli": true, "het": true,
	"in": true, "on": true, "at": true, "im": true, "am": true, "and": true, "und": true, "alle": true, "all": true,
}

// orgWords mark a credit as an organisation.
var orgWords = map[string]bool{
	"gmbh": true, "ag": true, "eg": true, "e.v": true, "e.v.": true, "ev": true, "kg": true,
	"ltd": true, "inc": true, "llc": true, "plc": true, "sa": true, "srl": true,
	"verlag": true, "redaktion": true, "stiftung": true, "verband": true, "bundesverband": true,
	"institut": true, "institute": true, "university": true, "universität": true, "foundation": true,
	"association": true, "society": true, "ministry": true, "ministerium": true, "department": true,
	"departement": true, "kitchens": true, "family": true, "company": true, "corporation": true,
	"copyright": true, "www": true, "blog": true, "magazin": true, "zeitung": true, "kirche": true,
	"leben": true, "germany": true, "deutschland": true, "österreich": true, "schweiz": true,
	"fraktion": true, "partei": true, "club": true, "verein": true, "gruppe": true, "group": true,
	"studio": true, "studios": true, "agentur": true, "agency": true, "redaction": true,
	"designed": true, "design": true, "kommentar": true, "comment": true, "comments": true,
	"uncategorized": true, "allgemein": true, "veröffentlicht": true, "posted": true,
	"redacción": true, "redazione": true, "rédaction": true, "amt": true, "deutsches": true,
	"deutsche": true, "kreuz": true, "bundesamt": true, "landesamt": true,
	"kitchen": true, "hora": true, "nachrichten": true, "praxis": true,
	"illustrierte": true, "project": true, "projekt": true, "program": true, "programme": true, "center": true, "centre": true,
	"council": true, "committee": true, "associated": true, "commission": true, "presse": true, "press": true, "newsdesk": true,
	"beiträge": true, "beitrag": true, "artikel": true, "posts": true, "articles": true, "stories": true,
	"rights": true, "reserved": true, "rechte": true, "vorbehalten": true, "riproduzione": true, "riservata": true,
	"riservati": true, "diritti": true, "droits": true, "réservés": true, "derechos": true, "reservados": true,
}

// surnameWords are words of labels or organisations that are also family
// names: "Link", "Press".
var surnameWords = map[string]bool{"link": true, "back": true, "top": true, "plus": true, "press": true}

// asSurname reports whether ws[i], one of surnameWords, stands as the
// family name after given names ("Edda Link", "Wilma Press"), not as a
// label or a part of an organisation's name ("Link:", "Press contact",
// "Related Link", "Associated Press").
func asSurname(ws []string, i int) bool {
	w := ws[i]
	if i == 0 || i != len(ws)-1 || len(ws) > 3 || !capitalised(w) || strings.ContainsAny(w, ":!?") ||
		!surnameWords[strings.ToLower(strings.Trim(w, ".,"))] {
		return false
	}
	for _, g := range ws[:i] {
		lg := strings.ToLower(strings.Trim(g, ".,"))
		if !capitalised(g) || strings.ContainsAny(g, ":!?") || headingWords[lg] || orgWords[lg] || nonPersonWords[lg] || determiners[lg] {
			return false
		}
	}
	return true
}

// orgSuffixes end words that name organisations or desks ("Bundesministerium",
// "XYZ-Redaktion", "Bike-Team", "Newsdesk").
var orgSuffixes = []string{"ministerium", "redaktion", "verlag", "verband", "institut", "gmbh", "stiftung", "zentrum", "amt", "blog", "-team", "desk"}

// authorLabels open a credit: "Author:", "Von", "Written by".
var authorLabels = []string{"veröffentlicht von", "geschrieben von", "erstellt von", "eingestellt von",
	"verfasst von", "ein beitrag von", "ein artikel von", "eine kolumne von", "ein kommentar von", "ein gastbeitrag von",
	"eine analyse von", "a column by", "an essay by", "an opinion by", "une chronique de", "una columna de", "beitrag von", "artikel von", "blog beitrag von", "publié par", "écrit par", "publicado por",
	"escrito por", "scritto da", "pubblicato da", "written by", "posted by", "reported by", "published by", "text by",
	"words by", "story by", "authors", "author", "autorin", "autor", "auteur", "texte", "text",
	"von", "by", "par", "por", "di", "da", "de"}

// cutAuthorLabel removes a leading label, also one glued to the name
// ("AuthorJane Doe", from adjacent elements).
func cutAuthorLabel(s string) string {
	for {
		s = strings.TrimLeft(s, " :-–—|·•,~")
		cut := false
		low := strings.ToLower(s)
		for _, l := range authorLabels {
			if !strings.HasPrefix(low, l) || len(s) <= len(l) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(s[len(l):])
			glued := unicode.IsUpper(r) && len(l) > 3 && unicode.IsUpper(rune(s[0]))
			if r == ' ' || r == ':' || r == '\u00a0' || glued {
				s = s[len(l):]
				cut = true
				break
			}
		}
		if !cut {
			return strings.TrimSpace(s)
		}
	}
}

// startsWithAuthorLabel reports whether s opens with a credit label
// ("By", "Von", "Text:", "Autorin:").
func startsWithAuthorLabel(s string) bool {
	low := strings.ToLower(s)
	for _, l := range authorLabels {
		if len(l) > 2 && strings.HasPrefix(low, l) && len(s) > len(l) {
			r := s[len(l)]
			if r == ' ' || r == ':' {
				return true
			}
		}
	}
	return strings.HasPrefix(low, "by ")
}

// cleanAuthorName returns a person's name from one metadata credit, or "".
func cleanAuthorName(s, site string) string {
	s = collapseSpace(invisibleBreaks.Replace(strings.ReplaceAll(s, "\u00a0", " ")))
	s = cutAuthorLabel(s)
	s = strings.Trim(s, " .,;:|-–—@")
	if s == "" || len(s) > 60 || isURLish(s) || strings.Contains(s, "@") && strings.Contains(s, ".") {
		return ""
	}
	low := strings.ToLower(s)
	if notAuthors[low] || degrees[strings.Trim(low, ".")] {
		return ""
	}
	// A job title before the name: "Rechtsanwalt Jane Doe".
	if i := strings.IndexByte(s, ' '); i > 0 && jobTitles[strings.ToLower(s[:i])] {
		s = strings.TrimSpace(s[i+1:])
		low = strings.ToLower(s)
	}

	words := strings.Fields(s)
	if site != "" {
		ns, nn := normTitle(site), normTitle(s)
		switch {
		case nn == ns || len(ns) > 3 && strings.Contains(nn, ns):
			// A personal site is named after its author.
			if nn != ns || !IsPersonName(s) || determiners[strings.ToLower(words[0])] {
				return ""
			}
		case len(nn) > 3 && strings.Contains(ns, nn):
			// "Jane Doe" on "Jane Doe's Blog" is a person; "Times" on
			// "The Daily Times" is not.
			if !IsPersonName(s) {
				return ""
			}
		}
	}
	if len(words) > 5 {
		return ""
	}
	letters, digits := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	if letters < 2 || digits > 0 && len(words) > 1 {
		return ""
	}
	if determiners[strings.ToLower(words[0])] && len(words) > 1 {
		return ""
	}
	if mixedCase(words) {
		return "" // "Alles über Brücken": words of a sentence
	}
	bare := nameWithoutAside(s)
	nw := strings.Fields(bare)
	for i, w := range nw {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if (nonPersonWords[lw] || orgWords[lw]) && !asSurname(nw, i) || strings.Contains(lw, ".") && len(lw) > 4 && !strings.HasSuffix(lw, ".") && !dottedName(w) {
			return ""
		}
		for _, suf := range orgSuffixes {
			if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
				return ""
			}
		}
	}
	if len(words) == 1 {
		// A short all-capital credit is an agency or outlet ("EFE", "IWB").
		if utf8.RuneCountInString(s) <= 4 && isAllUpperWord(s) {
			return ""
		}
		if strings.Contains(low, "admin") {
			return ""
		}
	}
	if strings.ContainsAny(bare, "!?:;()[]{}<>|/\\\"“”„«»‚©®™") || strings.Contains(low, "http") {
		return ""
	}
	for _, r := range s {
		if unicode.IsSymbol(r) && r != '´' && r != '`' {
			return "" // "Mehr Artikel von Jane →"
		}
	}
	return s
}

// nameWithoutAside returns s without one aside in parentheses that holds
// a name, initials or a handle ("Richard (R.J.) Doe", "Bruno (Henrique)
// Rodrigues", "Jane Doe (jdoe)"); else s.
func nameWithoutAside(s string) string {
	i := strings.IndexByte(s, '(')
	j := strings.IndexByte(s, ')')
	if i <= 0 || j < i+2 || strings.Count(s, "(") != 1 || strings.Count(s, ")") != 1 {
		return s
	}
	inner := s[i+1 : j]
	if len(strings.Fields(inner)) > 3 || utf8.RuneCountInString(inner) < 3 ||
		isAllUpperWord(inner) && !strings.Contains(inner, ".") {
		return s // "Jane Doe (SPD)", "Köllitsch (D)": a party, a country
	}
	for _, r := range inner {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != ' ' && r != '-' && r != '_' {
			return s
		}
	}
	return collapseSpace(s[:i] + " " + s[j+1:])
}

// dottedName reports a handle made of capitalised names joined by dots
// ("Jane.Doe", "J.Doe"), unlike a domain ("example.com").
func dottedName(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		if p == "" || !unicode.IsUpper(r) || isAllUpperWord(p) && utf8.RuneCountInString(p) > 1 {
			return false
		}
		for _, c := range p {
			if !unicode.IsLetter(c) {
				return false
			}
		}
	}
	return true
}

// mixedCase reports capitalised words beside lower-case words that are no
// name particles; an all-lower-case login or name ("jane doe") is not mixed.
func mixedCase(words []string) bool {
	if len(words) < 3 {
		return false // "Mobasir hassan"
	}
	upper, lower := false, false
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case len(w) == utf8.RuneLen(r)+1 && w[len(w)-1] == '.':
			// An initial: "M. A. da rocha" is written in lower case.

		case unicode.IsUpper(r):
			upper = true
		case unicode.IsLower(r) && !namePartLower[strings.ToLower(w)] && !strings.HasPrefix(w, "al-") && !strings.HasPrefix(w, "el-"):
			lower = true
		}
	}
	return upper && lower
}

// hostLabels are the distinctive labels of a host name ("gazette",
// "mode" of mode.gazette.fr), for telling outlet names from people.
func hostLabels(host string) []string {
	var out []string
	labels := strings.Split(strings.ToLower(host), ".")
	if hostedBlog(host) {
		labels = labels[1:] // the user's own name
	}
	for _, l := range labels {
		if len(l) >= 5 && l != "www" && l != "blogspot" && l != "wordpress" {
			out = append(out, strings.ReplaceAll(l, "-", ""))
		}
	}
	return out
}

// isLoginName reports whether name is a lower-case login ("jdoe") rather
// than a name, except on hosted blogs and sites named after it, where the
// login is how the author signs.
func isLoginName(name, host string) bool {
	if strings.ContainsAny(name, " ") || strings.ToLower(name) == strings.ToUpper(name) || strings.ToLower(name) != name {
		return false
	}
	if hostedBlog(host) {
		return false
	}
	for _, l := range strings.Split(strings.ToLower(host), ".") {
		if l == name {
			return false
		}
	}
	return true
}

// namesHost reports whether name is the outlet named after its host.
func namesHost(name string, labels []string) bool {
	n := normTitle(name)
	for _, l := range labels {
		if strings.Contains(n, l) || n == l {
			return true
		}
	}
	return false
}

// metaAuthors turns metadata credits into authors: each is split into names
// ("A, B and C"), and each name cleaned.
func metaAuthors(credits []string, site string) []Author {
	var out []Author
	for _, c := range credits {
		parts := splitCredit(c)
		if lonelyLetter(parts) {
			continue // "Mac & i": a title, not names
		}
		var names []string
		for _, part := range parts {
			n := cleanAuthorName(part, site)
			if n == "" && len(parts) > 1 && isOrgCredit(part) {
				// "Verlag GmbH, Lindenau, Germany": an address, not names.
				names = nil
				break
			}
			if n != "" {
				names = append(names, n)
			}
		}
		for _, n := range names {
			if !hasAuthor(out, n) {
				out = append(out, Author{Name: n})
			}
		}
		if len(out) > 8 {
			return nil
		}
	}
	return out
}

// lonelyLetter reports whether a split credit has a part that is one
// letter alone, not an initial.
func lonelyLetter(parts []string) bool {
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if r, size := utf8.DecodeRuneInString(p); size == len(p) && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isOrgCredit reports whether a credit names an organisation.
func isOrgCredit(s string) bool {
	ws := strings.Fields(s)
	for i, w := range ws {
		w = strings.ToLower(strings.Trim(w, ".,"))
		if (orgWords[w] || nonPersonWords[w]) && !asSurname(ws, i) {
			return true
		}
		for _, suf := range orgSuffixes {
			if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
				return true
			}
		}
	}
	return false
}

// splitCredit splits "A, B and C" / "A; B" / "A & B" into names. A comma
// followed by a role ("Jane Doe, Staff Writer") is not a second name.
func splitCredit(s string) []string {
	var out []string
	s = dashSeparators.Replace(s)
	// "Jane Doe (avec Ann Lee et Bo Li)": co-authors in an aside.
	if i := strings.IndexByte(s, '('); i > 0 && strings.HasSuffix(strings.TrimSpace(s), ")") {
		inner := strings.TrimSuffix(strings.TrimSpace(s[i+1:]), ")")
		low := strings.ToLower(inner)
		for _, w := range []string{"avec ", "with ", "mit ", "con ", "com "} {
			if strings.HasPrefix(low, w) && !strings.ContainsAny(inner, "()") {
				s = s[:i] + "," + inner[len(w):]
				break
			}
		}
	}
	for _, seg := range splitAny(s, "|;/\n•·") {
		for _, p := range splitAny(seg, ",") {
			for _, q := range splitWord(p, []string{" and ", " & ", " und ", " et ", " y ", " e ", " og ", " en "}) {
				q = strings.TrimSpace(q)
				if q == "" || isRoleText(q) {
					continue
				}
				out = append(out, q)
			}
		}
	}
	return out
}

// creditFieldLabels name the author field in a line of labelled fields.
var creditFieldLabels = []string{"autor:", "autorin:", "autoren:", "author:", "authors:", "by:", "von:", "text:",
	"text & fotos:", "text und fotos:", "text & foto:", "text und foto:", "text & bild:", "words & pictures:",
	"auteur:", "par:", "por:", "autore:", "di:", "reporter:", "written by:"}

// labelledCredit returns the value of an author field inside a line of
// "Label: value" fields, up to the next label, or "".
func labelledCredit(t string) string {
	low := strings.ToLower(t)
	for _, l := range creditFieldLabels {
		i := strings.Index(low, l)
		if i < 0 || i > 0 && low[i-1] != ' ' && low[i-1] != '|' && low[i-1] != '\n' {
			continue
		}
		rest := strings.TrimSpace(t[i+len(l):])
		// The next field: a capitalised word ending in a colon.
		for j, w := range strings.Fields(rest) {
			if j > 0 && strings.HasSuffix(w, ":") {
				r, _ := utf8.DecodeRuneInString(w)
				if unicode.IsUpper(r) {
					rest = rest[:strings.Index(rest, w)]
					break
				}
			}
		}
		return strings.TrimSpace(rest)
	}
	return ""
}

// bylineSeps end the credit in a byline line: "Jane Doe - 5 min read",
// "Jane Doe on May 3", "Von Jane Doe Publiziert 3. Mai".
var bylineSeps = []string{" - ", " – ", " — ", "|", " · ", "•", " on ", " am ", " le ", "\n",
	" Published", " Updated", " Posted", " Publiziert", " Veröffentlicht", " Aktualisiert", " Stand:",
	" Publié", " Mis à jour", " Publicado", " Actualizado", " Pubblicato", " Aggiornato",
	" Illustration", " Foto", " Photo", " Bilder", " Grafik", " Video", " Übersetzung", " Translation", " Translated"}

// bylineAuthors reads a visible byline element's text; organisations are
// left out.
func bylineAuthors(t, site string) []Author {
	as := bylineCredits(t, site)
	out := as[:0]
	for _, a := range as {
		if !isOrgCredit(a.Name) {
			out = append(out, a)
		}
	}
	return out
}

func bylineCredits(t, site string) []Author {
	if as := ParseByline(t); len(as) > 0 {
		return as
	}
	// "Datum: 19.11.2021 Autor: Jane Doe Quelle: Agency": the labelled field.
	if c := labelledCredit(t); c != "" && c != t {
		return bylineCredits(c, site)
	}
	// "By Jane Doe March 25, 2015": the credit before a date.
	if loc := dateRun.FindStringIndex(t); loc != nil && loc[0] > 3 {
		if as := ParseByline(strings.TrimSpace(t[:loc[0]])); len(as) > 0 {
			return as
		}
	}
	// "By Jane Doe - January 10, 2020 - 5 min read", "Von Jane Doe | 3. Mai".
	for _, sep := range bylineSeps {
		if i := strings.Index(t, sep); i > 0 {
			head := strings.TrimSpace(t[:i])
			if as := ParseByline(head); len(as) > 0 {
				return as
			}
			if len(head) < len(t) && len(head) > 2 {
				if as := metaAuthors([]string{head}, site); len(as) > 0 && len(head) < 60 {
					return as
				}
			}
		}
	}
	// "Autor Jane Doe: Übersetzung ...": a labelled name of two words
	// ended by a colon; more words may end with a field's label ("Jane
	// Doe Lesezeit: 3 Min.").
	if startsWithAuthorLabel(t) {
		if head, _, ok := strings.Cut(cutAuthorLabel(t), ":"); ok && len(strings.Fields(head)) == 2 {
			if as := metaAuthors([]string{head}, site); len(as) > 0 && IsPersonName(as[0].Name) {
				return as
			}
		}
	}
	// A bare name, or a label and a name, in an element marked as the byline.
	// The first part must be a name: "Alles über Brücken, Fährverkehr
	// und Tipps" is a sentence, not a list of one.
	t = strings.TrimSpace(t)
	if len(t) > 100 {
		return nil
	}
	if parts := splitCredit(cutAuthorLabel(t)); len(parts) == 0 || cleanAuthorName(parts[0], site) == "" && !isOrgCredit(parts[0]) {
		return nil
	}
	return metaAuthors([]string{t}, site)
}
