package quote

import "strings"

// German clause structure: the finite verb stands second in a main clause
// and last in a subordinate one, so the subject of a speech verb is found
// by position, not by adjacency.

// germanFinite: w (lower case) is a finite auxiliary or modal verb.
func germanFinite(w string) bool {
	switch w {
	case "hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten", "wird", "wurde", "werden", "wurden",
		"ist", "war", "sind", "waren", "sei", "seien", "soll", "sollte", "sollen", "will", "wollte", "wollen",
		"kann", "konnte", "können", "muss", "musste", "müssen", "möchte", "ließ", "lässt", "würde", "würden":
		return true
	}
	return false
}

// germanSubordinator: w (lower case) opens a verb-final clause whose
// subject follows it: "wie der Minister mitteilte".
func germanSubordinator(w string) bool {
	switch w {
	case "wie", "als", "nachdem", "weil", "obwohl", "während", "wenn", "bevor", "seit", "seitdem", "sobald", "indem", "wobei", "da":
		return true
	}
	return false
}

// germanObliqueDet: a determiner or pronoun that cannot open a subject
// (dative or accusative): "dem Spiegel", "den Minister", "ihm".
func germanObliqueDet(w string) bool {
	switch w {
	case "dem", "den", "einem", "einen", "diesem", "diesen", "ihm", "ihn", "ihnen", "mir", "mich", "uns", "euch", "dir", "dich",
		"seinem", "seinen", "ihrem", "ihren", "keinem", "keinen", "sich":
		return true
	}
	return false
}

// germanPrefieldAdverb: a word that fills the first position of a main
// clause without being its subject: "Dazu sagte der Minister".
func germanPrefieldAdverb(w string) bool {
	switch w {
	case "dazu", "hierzu", "daher", "deshalb", "darum", "so", "dann", "nun", "jetzt", "heute", "gestern", "zudem",
		"außerdem", "darin", "damit", "dies", "dabei", "darauf", "daraufhin", "später", "zuvor", "zuletzt", "inzwischen",
		"bereits", "schon", "erst", "zugleich", "gleichzeitig", "ebenso", "ferner", "weiter", "weiterhin", "anschließend",
		"danach", "demnach", "dennoch", "trotzdem", "allerdings", "jedoch", "hingegen", "dagegen", "stattdessen",
		"vorher", "ebenfalls", "bislang", "bisher", "mittlerweile", "offenbar", "laut", "zumindest":
		return true
	}
	return false
}

// germanSubject returns the subject [s,e) of the German clause holding the
// speech verb at token i in the sentence [a,b): the phrase before a finite
// verb in second position ("Der Minister sagte", "Glos hatte ... gesagt"),
// the phrase after it when the first position holds an adverbial or an
// object ("Bei einem Empfang sagte Franziskus", "Dazu erklärte der
// Minister"), or the phrase after a subordinator ("wie der Minister am
// Montag in Berlin erklärte"). ok is false when the clause is not one of
// these shapes.
func (f *finder) germanSubject(i, a, b int) (s, e int, ok bool) {
	toks := f.toks
	// a personal pronoun right after the verb is its subject: "bezeichnete er als", "meldete er sich"
	if i+1 < b && toks[i+1].flags&fLower != 0 && f.lowerIn(i+1, "er", "ich", "wir") {
		return i + 1, i + 2, true
	}
	// the clause start
	c := i
	for c > a && c > i-40 {
		t := toks[c-1]
		if t.kind == kMark || t.flags&fIn != 0 || t.kind == kPunct && t.mark != '.' && t.mark != '(' && t.mark != ')' && t.mark != '-' {
			break
		}
		if t.kind == kPunct && t.mark == '-' {
			break
		}
		c--
	}
	if c >= i || toks[c].kind != kWord {
		return 0, 0, false
	}
	w := f.lowerWord(c)
	// a verb-final clause ends with its verb: "wie X mitteilte," but not "Als Grund nannte X ..."
	final := i+1 >= b || toks[i+1].kind != kWord || germanFinite(f.lowerWord(i+1)) && (i+2 >= b || toks[i+2].kind != kWord)
	if germanSubordinator(w) && final {
		// verb-final: the subject right after the subordinator
		k := c + 1
		if k < i && toks[k].kind == kWord && (toks[k].class&wPrep != 0 && toks[k].class&wDet == 0 || germanObliqueDet(f.lowerWord(k))) {
			return 0, 0, false
		}
		s, e := f.npFwd(k, i)
		if e > s && s == k {
			return s, e, true
		}
		return 0, 0, false
	}
	if c > a && !(c == a+1 && toks[a].kind != kWord) && !f.isPunct(c-1, ':') {
		// "Nurur Rahman, der Koordinator der Behörde teilte mit", "Wie Anna Roth, eine
		// Sprecherin der Stadt, mitteilte": a name, then an apposition before the verb
		if f.isPunct(c-1, ',') && (f.description(c, i) || f.hasTitle(c, i)) {
			ns := c - 1
			for ns > a && ns > c-7 && toks[ns-1].kind == kWord && toks[ns-1].flags&(fCap|fIn) == fCap {
				ns--
			}
			if ns > a && toks[ns-1].kind == kWord && toks[ns-1].flags&fIn == 0 && (germanSubordinator(f.lowerWord(ns-1)) || f.lowerIs(ns-1, "auch")) && ns-1 == a {
				// "Wie Anna Roth, ...", "Auch Anna Roth, ..."
			} else if ns != a {
				return 0, 0, false
			}
			if ns < c-1 && f.nameRun(ns, c-1) && (c-1-ns >= 2 || f.names[f.word(c-2)] != "") {
				e := i
				if st, en := f.npFwd(c, i); st == c && en > st {
					e = en
				}
				return ns, e, true
			}
		}
		return 0, 0, false // a clause after a comma: left to the callers
	}
	// the finite verb: the cue itself or an auxiliary before it
	v := i
	for k := c + 1; k < i && !germanSubordinator(w); k++ {
		if toks[k].kind == kWord && toks[k].flags&fLower != 0 && germanFinite(f.lowerWord(k)) {
			v = k
			break
		}
	}
	// a passive with its agent: "Es wurde von Brauners Tochter geäußert", "wurde von der Regierung beschuldigt"
	if v < i && f.germanPassive(v) && !f.quoteCue(i) {
		for k := c; k < i; k++ {
			if k != v && f.lowerIn(k, "von", "vom", "durch") && toks[k].flags&fIn == 0 {
				st := k + 1
				if f.lowerIs(k, "vom") {
					st = k + 1
				}
				if s, e := f.npFwd(st, i); e > s && s == st {
					return s, e, true
				}
			}
		}
	}
	// "Ein Sender zitierte Lindqvist mit den Worten": the person quoted
	if v == i && f.quoteCue(i) {
		if s, e := f.npFwd(i+1, b); e > s && s == i+1 && f.lowerIs(e, "mit") && f.lowerIn(e+2, "worten", "aussage") {
			return s, e, true
		}
	}
	// the first position [c, v)
	first := true // the first position is the subject
	switch {
	case germanSubordinator(w):
		first = false // "Als Grund nannte X ..."
	case toks[c].class&wPrep != 0 && toks[c].class&wDet == 0:
		first = false // "Bei einem Empfang", "Am Montag"
	case germanObliqueDet(w) || germanPrefieldAdverb(w) && v == c+1 || w == "das" && v == c+1:
		first = false
	case toks[c].flags&fLower != 0 && toks[c].class&(wDet|wPron) == 0 && v-c == 1:
		first = false // an adverb: "Zugleich", "auch"
	case toks[c].class&wTime != 0 && toks[c].flags&fCap != 0 && v-c <= 2:
		first = false // "Gestern sagte ...", "Montag Abend"
	case v-c >= 2 && v-c <= 4 && germanTimeNoun(f.lowerWord(v-1)) && !f.lowerIs(c, "die") && !f.lowerIs(c, "das"):
		first = false // "Erst letzten Monat kündigte die Firma an"
	case toks[c].flags&fLower != 0 && toks[c].class&(wDet|wPron) == 0 && toks[c].class&wStop == 0:
		// "Stellvertretend für die Kommission empfahl ...": an adjective or adverb phrase
		first = false
	}
	if first {
		st := f.npBack(v-1, c)
		if st < 0 {
			return 0, 0, false
		}
		// only focus particles may precede the phrase: "Auch der Minister sagte";
		// a preposition makes the first position an adverbial: "Passend zu den Zahlen warnte X"
		for k := c; k < st && first; k++ {
			switch f.lowerWord(k) {
			case "auch", "und", "aber", "doch", "nur", "selbst", "sogar", "zudem", "allerdings", "jedoch":
			default:
				if !f.hasPrep(c, st) {
					return 0, 0, false
				}
				first = false
			}
		}
		if first && germanObliqueDet(f.lowerWord(st)) {
			return 0, 0, false
		}
		if first && v+1 < b && f.lowerIn(v+1, "er", "ich", "wir") && !(st+1 == v && toks[st].class&wPron != 0) {
			return v + 1, v + 2, true // "Die Pläne der Stadt bezeichnete er als ...": the pronoun is the subject
		}
		if first && v == i && !f.personName(st, v) && !(v-st == 1 && toks[st].class&wPron != 0) {
			// "Der Zeitung sagte Jorin Falk": a person right after the verb is the subject
			if s, e := f.germanAfterVerb(v, b); e > s && f.personName(s, e) && !f.hasComma(s, e) {
				return s, e, true
			}
		}
		if first {
			return st, v, true
		}
	}
	// the subject after the finite verb, past adverbs and an oblique object
	k := v + 1
	for tries := 0; tries < 2; tries++ {
		for k < b && toks[k].kind == kWord && toks[k].flags&(fLower|fIn) == fLower && (toks[k].class&wAux != 0 && toks[k].class&(wDet|wPron) == 0 && !f.lowerIs(k, "am") || germanPrefieldAdverb(f.lowerWord(k)) || f.lowerIs(k, "sich")) {
			k++
		}
		if k >= b || toks[k].kind != kWord || toks[k].flags&fIn != 0 || toks[k].class&wPrep != 0 && toks[k].class&wDet == 0 {
			return 0, 0, false
		}
		s, e := f.npFwd(k, b)
		if e <= s || s != k {
			return 0, 0, false
		}
		if germanObliqueDet(f.lowerWord(s)) {
			k = e // "sagte dem Spiegel der Minister"
			continue
		}
		if v < i && e > i {
			e = i
		}
		if e <= s {
			return 0, 0, false
		}
		return s, e, true
	}
	return 0, 0, false
}

// nameBeforeAppos: the phrase [s,e) before a German speech verb is an
// apposition left without its closing comma after a person's name ("Mira
// Kolb, Direktorin der Sternwarte betont"); it returns the start of the name, or -1.
func (f *finder) nameBeforeAppos(s, e, a int) int {
	toks := f.toks
	if s-2 < a || !f.isPunct(s-1, ',') || !(f.description(s, e) || f.hasTitle(s, e)) {
		return -1
	}
	ns := s - 1
	for ns > a && ns > s-6 && toks[ns-1].kind == kWord && toks[ns-1].flags&(fCap|fIn) == fCap {
		ns--
	}
	if ns == s-1 || !f.nameRun(ns, s-1) || s-1-ns < 2 && f.names[f.word(s-2)] == "" {
		return -1
	}
	if ns > a && !(toks[ns-1].kind == kWord && germanSubordinator(f.lowerWord(ns-1))) {
		return -1
	}
	return ns
}

// germanNewPhrase: the determiner w (lower case) after a noun opens a new
// noun phrase rather than a genitive attribute ("der", "des" continue one).
func germanNewPhrase(w string) bool {
	switch w {
	case "der", "des", "eines", "einer", "zwei", "drei", "mehrere", "viele":
		return false
	}
	return true
}

// germanRoleGender returns 'f' for a feminine role noun ("Ministerin",
// "Sprecherin"), 'm' for a masculine one, 0 when it cannot tell.
func germanRoleGender(w string) byte {
	if strings.HasSuffix(w, "in") {
		return 'f'
	}
	if strings.HasSuffix(w, "e") { // "Vorsitzende", "Abgeordnete", "Beauftragte": either
		return 0
	}
	return 'm'
}

// germanClauseFinalCue returns the speech verb closing the clause that
// starts at token s ("hatte der Minister am Montag erklärt."), or -1.
func (f *finder) germanClauseFinalCue(s, b int) int {
	toks := f.toks
	for k := s; k < b && k < s+16; k++ {
		t := toks[k]
		if t.kind == kMark || t.flags&fIn != 0 || t.kind == kPunct && t.mark != '(' && t.mark != ')' && t.mark != ',' {
			return -1
		}
		if t.kind == kWord && t.flags&fLower != 0 && t.class&wVerb != 0 && f.isCue(k) && (k+1 >= b || toks[k+1].kind != kWord) {
			return k
		}
	}
	return -1
}

// germanAfterVerb returns the noun phrase after the finite verb at token v,
// past adverbs ("hatte auch der Minister"), ending before lim.
func (f *finder) germanAfterVerb(v, lim int) (int, int) {
	toks := f.toks
	k := v + 1
	for k < lim && toks[k].kind == kWord && toks[k].flags&(fLower|fIn) == fLower && (toks[k].class&wAux != 0 && toks[k].class&(wDet|wPron) == 0 && !f.lowerIs(k, "am") || germanPrefieldAdverb(f.lowerWord(k)) || f.lowerIs(k, "sich")) {
		k++
	}
	if k >= lim || toks[k].kind != kWord || toks[k].class&wPrep != 0 && toks[k].class&wDet == 0 || germanObliqueDet(f.lowerWord(k)) {
		return k, k
	}
	return f.npFwd(k, lim)
}

// germanFiniteVerb returns the finite verb of the main clause [a,lim): the
// first lower-case word right after a noun or name that is not a function
// word ("Der Minister Hans Roth nannte ..."), or -1.
func (f *finder) germanFiniteVerb(a, lim int) int {
	toks := f.toks
	if a < lim && toks[a].kind == kWord && germanSubordinator(f.lowerWord(a)) {
		return -1 // a subordinate clause first: its verb is not the main verb
	}
	for k := a + 1; k < lim && k < a+30; k++ {
		t := toks[k]
		if t.kind == kMark || t.flags&fIn != 0 || t.kind == kPunct && t.mark != '(' && t.mark != ')' && t.mark != '-' && t.mark != ',' {
			return -1
		}
		if t.kind != kWord || t.flags&fLower == 0 {
			continue
		}
		if germanFinite(f.lowerWord(k)) {
			return k
		}
		p := toks[k-1]
		if (p.kind == kWord && p.flags&fCap != 0 && (p.class&(wDet|wPrep|wStop|wSub) == 0 || p.class&wPron != 0) || f.isPunct(k-1, ')') || f.isPunct(k-1, ',') && t.class&wVerb != 0) &&
			t.class&(wDet|wPrep|wSub|wPron|wAux) == 0 && !germanPrefieldAdverb(f.lowerWord(k)) {
			return k
		}
	}
	return -1
}

// germanMarkedClause attributes a marked fragment without a cue to the
// person who is the subject of its clause: "Die Ministerin Anna Roth
// nannte den Plan „einen Fehler“".
func (f *finder) germanMarkedClause(pi, a, b int) {
	toks := f.toks
	p := &f.pairs[pi]
	v := f.germanFiniteVerb(a, p.open)
	if v < 0 {
		return
	}
	s, e, ok := f.germanSubject(v, a, b)
	if !ok && f.isPunct(v-1, ',') && toks[v].class&wVerb != 0 {
		// "Kurt Rau, Präsident der Universität, begrüßte den Beschluss als „...“"
		if s2 := f.apposBack(v-1, a); s2 >= 0 && s2 == a {
			s, e, ok = s2, v-1, true
		}
	}
	if !ok || e <= s || e > p.open {
		return
	}
	if !(e-s == 1 && toks[s].class&wPron != 0 && !f.lowerIs(s, "es") && !f.lowerIs(s, "man") || f.personName(s, e) || f.hasComma(s, e) && f.bestNamePerson(s, e)) {
		return
	}
	x := attr{cueS: -1, cueE: -1, srcS: s, srcE: e, pieces: []int{pi}, conf: 0.45}
	if toks[v].class&wVerb != 0 && toks[v].flags&fUsed == 0 {
		x.cueS, x.cueE = v, v+1 // "nannte", "bezeichnete"
	}
	f.attrs = append(f.attrs, x)
	p.used = true
}

// germanPassive: the finite verb at v is a form of "werden".
func (f *finder) germanPassive(v int) bool {
	switch f.lowerWord(v) {
	case "wird", "wurde", "werden", "wurden", "worden":
		return true
	}
	return false
}

// quoteCue: the verb at i is a form of "zitieren", whose object is the
// person quoted.
func (f *finder) quoteCue(i int) bool {
	w := f.lowerWord(i)
	return len(w) > 6 && (w[:6] == "zitier" || w[:6] == "zitert")
}

// hasPrep: a preposition stands in [s,e).
func (f *finder) hasPrep(s, e int) bool {
	for k := s; k < e; k++ {
		if f.toks[k].kind == kWord && f.toks[k].class&wPrep != 0 && f.toks[k].class&wDet == 0 {
			return true
		}
	}
	return false
}

// germanTitleInflected: w is a role noun in the genitive or plural:
// "Direktors", "Sprechers", "Präsidenten", "Experten".
func germanTitleInflected(w string) bool {
	switch {
	case len(w) > 3 && strings.HasSuffix(w, "en"):
		return germanTitle(w[:len(w)-2]) || germanTitle(w[:len(w)-1])
	case len(w) > 3 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "n")):
		return germanTitle(w[:len(w)-1])
	}
	return false
}

// soPhrase: the words from k after ", so" are a noun phrase with a
// determiner that closes the sentence or an aside: ", so der Sprecher der
// Polizei, Max Roth." / "..., so die Ministerin, ...".
func (f *finder) soPhrase(k, b int) bool {
	toks := f.toks
	if k >= b || toks[k].kind != kWord || toks[k].class&wDet == 0 || toks[k].class&wPron != 0 {
		return false
	}
	s, e := f.npFwd(k, b)
	if e <= s {
		return false
	}
	for e < b && toks[e].kind == kPunct && toks[e].mark != ',' {
		e++
	}
	return e >= b || f.isPunct(e, ',') && !f.hasComma(s, e)
}

// clauseFollows: a comma, colon or "dass" follows within a few words from
// token k: the verb before k introduces a clause ("und gab bekannt, dass").
func (f *finder) clauseFollows(k, b int) bool {
	for j := k; j < b && j < k+4; j++ {
		t := f.toks[j]
		if t.kind == kPunct && (t.mark == ',' || t.mark == ':') || f.lowerIs(j, "dass") {
			return true
		}
		if t.kind != kWord || t.flags&fIn != 0 {
			return false
		}
	}
	return false
}

// germanEs: the source [s,e) is the expletive "es" of "heißt es" / "hieß
// es"; the source is then the phrase after a preposition ("heißt es in dem
// Schreiben", "hieß es vom Stadtrat X") or before the verb ("Bei der
// Agentur hieß es"). It returns that phrase, or an empty range.
func (f *finder) germanEs(s, e, a, b int) (int, int) {
	toks := f.toks
	if e-s != 1 || !f.lowerIs(s, "es") {
		return 0, 0
	}
	v := -1
	switch {
	case s > 0 && f.lowerIn(s-1, "heißt", "hieß"):
		v = s - 1
	case s+1 < len(toks) && f.lowerIn(s+1, "heißt", "hieß"):
		v = s + 1
	default:
		return 0, 0
	}
	for k := max(s, v) + 1; k < b && k < v+4; k++ {
		if toks[k].kind != kWord || toks[k].flags&fIn != 0 {
			break
		}
		switch f.lowerWord(k) {
		case "in", "im", "bei", "beim", "von", "vom", "aus", "auf", "seitens":
			if ns, ne := f.npFwd(k+1, b); ne > ns && ns == k+1 {
				return ns, ne
			}
			return 0, 0
		}
	}
	if v == s+1 && s > a {
		// "Bei der Agentur NTA hieß es": the phrase before, after its preposition
		if toks[a].kind == kWord && toks[a].class&wPrep != 0 && toks[a].class&wDet == 0 {
			if ns, ne := f.npFwd(a+1, v); ne == v-1 && ns == a+1 {
				return ns, ne
			}
		}
	}
	return 0, 0
}

// namedAs: the German marked word(s) of pair pi are what someone called
// something, not a title: "nannte den Entwurf eine „Luftnummer“",
// "bezeichnete die Reform als „Etikettenschwindel“" (a naming or speech verb earlier
// in the sentence, and "als" or an indefinite article before the mark).
func (f *finder) namedAs(pi, a int) bool {
	p := &f.pairs[pi]
	k := p.open - 1
	if k < a || f.toks[k].kind != kWord {
		return false
	}
	switch f.lowerWord(k) {
	case "als", "einen", "eine", "ein", "einem", "einer", "von":
	default:
		return false
	}
	for j := k - 1; j >= a && j > k-25; j-- {
		t := f.toks[j]
		if t.kind == kMark || t.flags&fIn != 0 {
			return false
		}
		if t.kind == kWord && t.flags&fLower != 0 && t.class&wVerb != 0 {
			return true
		}
	}
	return false
}

// germanTimeNoun: w (lower case) names a stretch of time: "Woche", "Jahr".
func germanTimeNoun(w string) bool {
	switch w {
	case "woche", "wochen", "monat", "monaten", "jahr", "jahres", "tag", "tage", "tagen", "wochenende",
		"abend", "morgen", "nachmittag", "vormittag", "nacht", "sommer", "winter", "frühjahr", "herbst", "zeit":
		return true
	}
	return false
}

// onlyAdverbs: [s,e) holds only lower-case adverbs: "weiter", "wörtlich".
func (f *finder) onlyAdverbs(s, e int) bool {
	for k := s; k < e; k++ {
		t := f.toks[k]
		if t.kind != kWord || t.flags&fLower == 0 || t.class&(wDet|wPrep|wPron|cueMask) != 0 && t.class&wAux == 0 {
			return false
		}
	}
	return true
}

// bestNamePerson: a comma segment of [s,e) is a person's name ("Kurt Rau,
// Präsident der Universität", "Der Minister, Binali Yildirim").
func (f *finder) bestNamePerson(s, e int) bool {
	st := s
	for k := s; k <= e; k++ {
		if k == e || f.isPunct(k, ',') {
			if k > st && f.personName(st, k) {
				return true
			}
			st = k + 1
		}
	}
	return false
}

// coordSubject returns the subject of the German clause ending before the
// coordinator at token k: "während die Initiative den Plan unterstützt und
// fordert, ..." -> "die Initiative".
func (f *finder) coordSubject(a, k int) (int, int) {
	c := k
	for c > a && !f.isPunct(c-1, ',') && f.toks[c-1].kind != kMark && f.toks[c-1].flags&fIn == 0 {
		c--
	}
	if c < k && f.toks[c].kind == kWord && germanSubordinator(f.lowerWord(c)) {
		if s, e := f.npFwd(c+1, k); e > s && s == c+1 {
			return s, e
		}
		return 0, 0
	}
	return f.sentSubject(c, k)
}

// placeAfterNoun: token k is "aus" or "in" between a noun and a place name
// that ends the phrase: "ein Reporter des Senders aus Leicestershire",
// "Angaben des Bundesamtes in Flensburg".
func (f *finder) placeAfterNoun(k, b int) bool {
	toks := f.toks
	if k < 1 || k+1 >= b || !f.lowerIn(k, "aus", "in") || toks[k-1].kind != kWord || toks[k-1].flags&fCap == 0 {
		return false
	}
	n := toks[k+1]
	if n.kind != kWord || n.flags&(fCap|fIn) != fCap || n.class&(wDet|wTime|wStop) != 0 || n.flags&fDigit != 0 {
		return false
	}
	return k+2 >= b || toks[k+2].kind != kWord
}

// attributed: an attribution already found holds words of [s,e).
func (f *finder) attributed(s, e int) bool {
	for k := len(f.attrs) - 1; k >= 0 && k >= len(f.attrs)-12; k-- {
		x := &f.attrs[k]
		if x.conE > x.conS && x.conS < e && s < x.conE {
			return true
		}
		for _, pi := range x.pieces {
			if p := &f.pairs[pi]; p.open < e && s < p.close {
				return true
			}
		}
	}
	return false
}
