package quote

import (
	"sort"
	"strings"
)

const cueMask = wVerb | wTell | wPrepCue | wPostCue

func (f *finder) isCue(i int) bool {
	t := f.toks[i]
	return t.kind == kWord && t.flags&(fIn|fUsed) == 0 && t.class&cueMask != 0 && (f.de || !f.modifierCue(i))
}

func (f *finder) isWord(i, a, b int) bool {
	return i >= a && i < b && f.toks[i].kind == kWord && f.toks[i].flags&fIn == 0
}

// sentence finds the attributions of the sentence [a,b).
func (f *finder) sentence(si, a, b int) {
	first := len(f.attrs)
	// 1. quotes in marks and the cues next to them
	f.curA = a
	for pi := f.firstPair(a); pi < len(f.pairs) && f.pairs[pi].open < b; pi++ {
		if f.pairs[pi].dropped {
			continue
		}
		f.linkPair(pi, a, b)
	}
	// 2. reported speech
	if !f.opt.NoIndirect {
		for i := a; i < b; i++ {
			if !f.isCue(i) {
				continue
			}
			f.indirect(i, a, b)
		}
	}
	// "Obama: I'm optimistic ..." / "MORALES: And clearly ...": a name and a colon
	if !f.opt.NoIndirect {
		f.colonName(a, b)
		if !f.de {
			for i := a; i+1 < b; i++ {
				f.nominal(i, a, b)
				f.inPoll(i, a, b)
			}
		}
	}
	if f.de && !f.opt.NoIndirect {
		for pi := f.firstPair(a); pi < len(f.pairs) && f.pairs[pi].open < b; pi++ {
			if p := &f.pairs[pi]; !p.used && !p.dropped && !f.pairIsSentence(p) {
				f.germanMarkedClause(pi, a, b)
			}
		}
	}
	// 3. a marked fragment with no cue: the subject of its clause said it,
	// with its verb as the cue ("Ames urged Boyd to "relax, relax"")
	if !f.de && !f.opt.NoIndirect {
		for pi := f.firstPair(a); pi < len(f.pairs) && f.pairs[pi].open < b; pi++ {
			p := &f.pairs[pi]
			if p.used || p.dropped || f.pairIsSentence(p) {
				continue
			}
			f.markedClause(pi, a, b)
		}
	}
	// 4. a quote left without a cue continues the attributed quote just
	// before it in the same paragraph: "A," said X, a Y. "B."
	if !f.de {
		for pi := f.firstPair(a); pi < len(f.pairs) && f.pairs[pi].open < b; pi++ {
			if p := &f.pairs[pi]; !p.used && !p.dropped {
				f.continuePiece(pi)
			}
		}
	}
	// speakers in text order
	at := f.attrs[first:]
	for x := 1; x < len(at); x++ { // insertion sort: few attributions per sentence
		for y := x; y > 0 && at[y].cueS < at[y-1].cueS; y-- {
			at[y], at[y-1] = at[y-1], at[y]
		}
	}
	var main *Speaker
	for k := range at {
		x := &at[k]
		if x.spk != nil || x.anon {
			continue
		}
		if x.inherit || x.srcS < 0 {
			if main != nil {
				x.spk = main
			} else if s, e := f.participleSubject(a, x.cueS); e > s && !f.subjectBeforeVerb(a, x.cueS) {
				// "Varga voiced support for the mayor on Tuesday, saying ...":
				// the subject of the main clause
				x.spk = f.speaker(s, e)
				main = x.spk
			} else if s, e := f.clauseSubjectOpt(a, x.cueS, !f.de); e > s && x.cueS >= 0 {
				if ss, se := f.sentSubject(a, x.cueS); !f.de && se > ss && e <= ss && se < x.cueS && f.toks[e-1].class&wPron == 0 && f.personName(ss, se) {
					// "After the votes from Utah were counted, the campaign manager ... went on the radio and explained"
					s, e = ss, se
				}
				x.spk = f.speaker(s, e)
				main = x.spk
			} else if s, e := f.sentSubject(a, x.cueS); e > s && x.cueS >= 0 {
				x.spk = f.speaker(s, e)
				main = x.spk
			} else if s, e := f.apposSubject(a, x.cueS); e > s {
				// "Nora Pike, vice chairwoman for the party, emailed members, telling them, ..."
				x.spk = f.speaker(s, e)
				main = x.spk
			}
			continue
		}
		x.spk = f.speaker(x.srcS, x.srcE)
		if main == nil {
			main = x.spk
		}
	}
	if !f.headline(a, b) {
		f.subject(a, b)
		if f.subjSent < 0 {
			f.subjSent = si
		}
	}
	found := false
	for k := len(at) - 1; k >= 0; k-- {
		if at[k].spk != nil {
			f.lastSpk, f.lastSpkSent = at[k].spk, si
			found = true
			break
		}
	}
	if !found && f.cueOnly[1] > f.cueOnly[0] && f.cueOnly[0] >= a {
		if sp := f.speaker(f.cueOnly[0], f.cueOnly[1]); sp != nil && sp.Named {
			f.lastSpk, f.lastSpkSent = sp, si
		}
	}
	f.cueOnly = [2]int{}
	if f.de {
		f.freeIndirect(si, a, b, first)
	}
}

// ---------------------------------------------------------------------------
// marked quotes

// linkPair attaches a marked quote to the cue in its frame: after it
// ("...," he said / said Bogdanov) or before it (Lavrov said: "...").
func (f *finder) linkPair(pi, a, b int) {
	p := &f.pairs[pi]
	toks := f.toks
	if !f.pairIsSentence(p) && f.titleLike(p) && (f.de || p.close-p.open > 2) && !(f.de && f.namedAs(pi, a)) {
		p.dropped = true // a name or title in marks: "Meet the Press"
		return
	}
	if p.cont {
		// a quote continued from the previous paragraph keeps its attribution
		for k := len(f.attrs) - 1; k >= 0 && k >= len(f.attrs)-3; k-- {
			x := &f.attrs[k]
			if len(x.pieces) > 0 && x.pieces[len(x.pieces)-1] < pi {
				x.pieces = append(x.pieces, pi)
				p.used = true
				return
			}
		}
	}
	// right frame: tokens after the closing mark
	if p.closed {
		j := p.close + 1
		for j < b && toks[j].kind == kPunct && (toks[j].mark == ',' || toks[j].mark == '-') {
			j++
		}
		if j < b && toks[j].flags&fIn == 0 && f.de && toks[j].kind == kWord && toks[j].flags&fLower != 0 && germanFinite(f.lowerWord(j)) {
			// "„...“, hatte der Minister am Montag erklärt."
			if k := f.germanClauseFinalCue(j+1, b); k > 0 {
				if s, e := f.germanAfterVerb(j, k); e > s {
					f.addQuoteAttr(pi, k+1, k, s, e, b)
					return
				}
			}
		}
		if j < b && toks[j].flags&fIn == 0 {
			// said X / according to X
			c, ok := f.cueAt(j, b)
			ok = ok && !(!f.de && toks[j].class&wParticiple != 0 && !f.pairIsSentence(p)) // "..."small-town values," stating that ...": the participle's content follows
			ok = ok && toks[j].flags&fCap == 0 && (toks[j].class&(wWeak|wAmbig) == 0 || f.isPunct(j-1, ',') || f.isPunct(p.close-1, ',') || f.isPunct(p.close-1, '?') || f.isPunct(p.close-1, '!'))
			if ok && toks[j].class&wPrepCue == 0 {
				f.addQuoteAttr(pi, c, j, -1, -1, b)
				return
			}
			if ok && toks[j].class&wPrepCue != 0 && (p.open == a || toks[p.open].flags&fPara != 0 || f.isPunct(p.open-1, ':')) {
				s, e := f.npFwd(c, b)
				f.addQuoteAttr(pi, c, j, s, e, b)
				return
			}
			// he said / Bogdanov said / the minister said / X, a Y, said
			e := j
			for e < b && e-j < 30 && (f.possApos(e) || f.isWord(e, a, b) && (!f.isCue(e) || e > j && toks[e].flags&fCap != 0) && (toks[e].class&(wSub|wAux) == 0 || e > j && f.lowerIn(e, "who", "and") || e > j && f.auxLike(e) && toks[e].class&wAux == 0 || e > j && toks[e].flags&fCap != 0 && toks[e-1].kind == kWord && toks[e-1].flags&fCap != 0) || e > j && (f.isPunct(e, ',') || f.isPunct(e, '(') || f.isPunct(e, '&') || f.isPunct(e, '.') && e+1 < b && (f.isPunct(e+1, ',') || toks[e].flags&fSpace == 0 && toks[e+1].flags&fLower != 0))) {
				if f.isPunct(e, '(') {
					m := e + 1
					for m < b && m < e+10 && !f.isPunct(m, ')') {
						m++
					}
					if m >= b || !f.isPunct(m, ')') {
						break
					}
					e = m
				}
				e++
			}
			for e > j && f.isPunct(e-1, ',') {
				e--
			}
			if e > j+10 && !f.isPunct(e, ',') && !f.isCue(e) {
				e = j
			}
			for e < b && f.isPunct(e, ',') {
				e++
			}
			ns := j
			ne := e
			for ne > ns && f.isPunct(ne-1, ',') {
				ne--
			}
			k := e
			for k < b && f.isWord(k, a, b) && toks[k].class&wAux != 0 {
				k++
			}
			if e > j && k < b && f.isCue(k) && toks[k].class&(wPrepCue|wPostCue) == 0 && toks[k].flags&fCap == 0 &&
				!(!f.de && (toks[ns].class&wPrep != 0 && toks[ns].class&(wDet|wPron) == 0 || f.lowerIs(k-1, "to") || toks[k-1].kind == kWord && toks[k-1].class&wDet != 0 && toks[k-1].class&wPron == 0)) {
				// not "... for Halvorsen to criticize", "... issued by the county"
				c, _ := f.cueAt(k, b)
				f.addQuoteAttr(pi, c, e, ns, ne, b)
				return
			}
			// "...," Mr. Kessler, now 74 and retired in Dayton, Ohio, said by telephone
			if !f.de && f.isPunct(p.close-1, ',') {
				if ss, se, cs, ok := f.longApposCue(j, b); ok {
					c, _ := f.cueAt(cs, b)
					f.addQuoteAttr(pi, c, cs, ss, se, b)
					return
				}
			}
			// a signature: "...” ― Jorge Falcon"
			if f.isPunct(j-1, '-') && ne > ns && (ne >= b || toks[ne].kind == kPunct && toks[ne].mark != ',' || toks[ne].flags&fPara != 0) && f.hasNameOrPronoun(ns, ne) {
				f.attrs = append(f.attrs, attr{cueS: -1, cueE: -1, srcS: ns, srcE: ne, pieces: []int{pi}, conf: 0.6})
				p.used = true
				return
			}
		}
	}
	// left frame: Lavrov said: "..." / he told reporters, "..."
	k := p.open - 1
	if k >= 0 && k < a && f.isPunct(k, ':') {
		// "Cruz continued:" closing the previous paragraph
		a = f.sentStartBack(k)
	}
	intro := byte(0)
	if k >= a && (f.isPunct(k, ':') || f.isPunct(k, ',') || f.isPunct(k, '-')) {
		intro = toks[k].mark
		k--
	}
	for j := k; j >= a && j >= k-20; j-- {
		t := toks[j]
		if t.flags&(fIn|fClose) != 0 || t.kind == kMark {
			break
		}
		if t.kind == kPunct {
			if t.mark == ',' || t.mark == '(' || t.mark == ')' || t.mark == '-' && j < k {
				continue
			}
			break
		}
		if f.lowerIn(j, "that", "dass", "whether") {
			break
		}
		if t.class&cueMask != 0 && t.flags&fUsed != 0 {
			// shares the cue of the previous piece: "A," he said, "B."
			for x := len(f.attrs) - 1; x >= 0 && x >= len(f.attrs)-6; x-- {
				at := &f.attrs[x]
				if at.cueS <= j && j < at.cueE && len(at.pieces) > 0 {
					at.pieces = append(at.pieces, pi)
					p.used = true
					return
				}
			}
			break
		}
		if f.lowerIn(j, "put", "puts") && f.lowerIs(j+1, "it") && intro != 0 && j+1 <= k+1 {
			// "As Obama put it last year, ..."
			f.addQuoteAttr(pi, j+2, j, -1, -1, p.open)
			return
		}
		if f.de && intro == ':' && f.lowerIs(j, "so") && t.flags&fUsed == 0 && (j == a || f.isPunct(j-1, ',')) {
			// "..., so Elshorst weiter: „...“"
			if s, e := f.npFwd(j+1, k+1); e > s && s == j+1 && f.onlyAdverbs(e, k+1) {
				f.addQuoteAttr(pi, j+1, j, s, e, p.open)
				toks[j].flags &^= fUsed // it also attributes the words before it
				return
			}
		}
		if f.isCue(j) && t.class&(wPrepCue|wPostCue) == 0 {
			if f.de && j < k && intro != 0 && j-2 >= a && f.nameRun(j-2, j) {
				// "Bandmanager Jens Ahlert sagte der Fachzeitschrift: ...": the subject before the verb
				if s := f.npBack(j-1, a); s >= 0 && s == a {
					c, _ := f.cueAt(j, b)
					f.addQuoteAttr(pi, c, j, s, j, p.open)
					return
				}
			}
			if f.de && j < k && intro != 0 {
				if gs, ge, ok := f.germanSubject(j, a, b); ok && (ge > k || !f.hasComma(j+1, k+1)) {
					// "So sagte Lena Brandt, EU-Kommissarin:", "Dazu sagte der Minister am Montag:"
					c, _ := f.cueAt(j, b)
					f.addQuoteAttr(pi, c, j, gs, ge, p.open)
					return
				}
				if s, e := f.npFwd(j+1, k+1); s == j+1 && e == k+1 && !germanPrefieldAdverb(f.lowerWord(s)) && toks[s].class&wAux == 0 {
					c, _ := f.cueAt(j, b)
					f.addQuoteAttr(pi, c, j, s, e, p.open)
					return
				}
			}
			if j < k && (intro == 0 || !(toks[j].class&wTell != 0 || f.onlyAdverbial(j+1, k+1) || toks[j+1].class&(wPrep|wTime) != 0 || f.auxLike(j+1) || j == a && t.flags&fCap != 0)) {
				break
			}
			if j == k && intro == 0 && toks[j].class&(wWeak|wAmbig) != 0 {
				break
			}
			if t.flags&fCap != 0 && j > a {
				if toks[j-1].kind == kWord && toks[j-1].flags&fCap != 0 {
					continue // a word of a name: "told The Daily Ledger:"
				}
				break
			}
			c, _ := f.cueAt(j, b)
			if j == a && t.flags&fCap != 0 {
				// "Said Edna Marsh, who grew up with Hale, “...”"
				if s, e := f.npFwd(c, p.open); e > s {
					f.addQuoteAttr(pi, c, j, s, e, p.open)
					return
				}
			}
			f.addQuoteAttr(pi, c, j, -1, -1, p.open)
			return
		}
	}
	// "Ida Vance said in a statement. “We are ...”": the previous sentence ends with the cue
	if intro == 0 && p.open > 0 && toks[p.open-1].flags&fSentEnd != 0 && toks[p.open].flags&fPara == 0 && !p.single && f.pairIsSentence(p) && (!p.closed || toks[p.close].flags&fSentEnd != 0 || f.isPunct(p.close+1, '.')) {
		if x, j := f.cueAtSentenceEnd(p.open - 1); x != nil {
			x.pieces = append(x.pieces, pi)
			p.used = true
			return
		} else if j >= 0 && j > 0 && toks[j-1].kind == kWord {
			f.addQuoteAttr(pi, j+1, j, -1, -1, p.open)
			return
		}
	}
	// "Ortiz shot back quickly: ..." -- the subject speaks, with no cue word
	if intro == ':' && k >= a && !f.de && f.pairIsSentence(p) && toks[k].kind == kWord && toks[k].flags&(fCap|fIn) == fCap {
		// "Analysts agree - Omar Diaz: “...”": a name after a dash
		if rs, re, ok := f.lastRun(a, k+1); ok && re == k+1 && rs > a && f.isPunct(rs-1, '-') && f.nameRun(rs, re) {
			f.attrs = append(f.attrs, attr{cueS: -1, cueE: -1, srcS: rs, srcE: re, pieces: []int{pi}, conf: 0.5})
			p.used = true
			return
		}
	}
	if intro == ':' && k >= a {
		if s, e := f.sentSubject(a, k+1); e > s && f.hasNameOrPronoun(s, e) {
			f.attrs = append(f.attrs, attr{cueS: -1, cueE: -1, srcS: s, srcE: e, pieces: []int{pi}, conf: 0.6})
			p.used = true
		} else if !f.de && f.pairIsSentence(p) && toks[k].kind == kWord && toks[k].flags&(fCap|fIn) == fCap {
			// "... does not surprise pollster Daron Shaw: “...”", "More from Jones: “...”"
			if rs, re, ok := f.lastRun(a, k+1); ok && re == k+1 {
				cs, ce := f.nameCore(rs, re)
				if ce > cs && f.personLike(cs, ce) && (ce-cs >= 2 || f.names[f.word(ce-1)] != "") {
					s := f.npBack(k, a)
					if s < 0 || s > cs || toks[s].flags&fCap == 0 && toks[s].class&wDet == 0 {
						s = rs
					}
					f.attrs = append(f.attrs, attr{cueS: -1, cueE: -1, srcS: s, srcE: k + 1, pieces: []int{pi}, conf: 0.5})
					p.used = true
				}
			}
		}
	}
}

// continuePiece attaches pair pi to the attribution of the marked quote
// right before it when both stand in one paragraph.
func (f *finder) continuePiece(pi int) {
	q := pi - 1
	for q >= 0 && f.pairs[q].dropped {
		q--
	}
	if q < 0 {
		return
	}
	for j := f.pairs[q].close; j <= f.pairs[pi].open && j < len(f.toks); j++ {
		if j > f.pairs[q].open && f.toks[j].flags&fPara != 0 {
			return
		}
	}
	for k := len(f.attrs) - 1; k >= 0 && k >= len(f.attrs)-3; k-- {
		x := &f.attrs[k]
		if n := len(x.pieces); n > 0 && x.pieces[n-1] == q && !x.anon {
			x.pieces = append(x.pieces, pi)
			f.pairs[pi].used = true
			return
		}
	}
}

// description: [s,e) opens like a role, not a name: a determiner or a
// lower-case word ("the communications director", "president and CEO of").
func (f *finder) description(s, e int) bool {
	if e-s < 2 || f.toks[s].kind != kWord || f.toks[s].class&(wPron|wSub|wAux|wPrep) != 0 {
		return false
	}
	t := f.toks[s]
	return t.class&wDet != 0 || t.flags&fCap == 0
}

// longApposCue finds "Name, a long apposition, said" starting at token j:
// the source [ss,se) and the cue token cs.
func (f *finder) longApposCue(j, b int) (ss, se, cs int, ok bool) {
	toks := f.toks
	if j >= b || toks[j].kind != kWord || toks[j].flags&fCap == 0 || toks[j].class&(wPron|wStop|wTime) != 0 {
		return
	}
	c1 := j
	for c1 < b && c1 < j+6 && toks[c1].kind == kWord && toks[c1].flags&fIn == 0 {
		c1++
	}
	if c1 == j || !f.isPunct(c1, ',') || !f.hasProperName(j, c1) {
		return
	}
	for m := c1 + 1; m+1 < b && m < j+40; m++ {
		t := toks[m]
		if t.kind == kMark && t.flags&fOpen != 0 && !f.de {
			// a short name in marks: "wearing “Dana Fox” campaign pins"
			if pi := f.firstPair(m); pi < len(f.pairs) && f.pairs[pi].open == m && f.pairs[pi].closed && f.pairs[pi].close-m <= 5 && f.pairs[pi].close+1 < b {
				m = f.pairs[pi].close
				continue
			}
		}
		if t.kind == kMark || t.flags&fIn != 0 || t.kind == kPunct && t.mark != ',' && t.mark != '.' && t.mark != '-' && t.mark != '(' && t.mark != ')' {
			return
		}
		if f.isPunct(m, ',') && f.isCue(m+1) && toks[m+1].flags&fLower != 0 && toks[m+1].class&(wParticiple|wPrepCue|wPostCue|wAmbig) == 0 {
			return j, m, m + 1, true
		}
	}
	return
}

// hasNameOrPronoun: [s,e) holds a capitalised word not at the sentence start, or is a pronoun.
func (f *finder) hasNameOrPronoun(s, e int) bool {
	if e-s == 1 && f.toks[s].class&wPron != 0 {
		return true
	}
	for k := s; k < e; k++ {
		t := f.toks[k]
		if t.flags&fCap != 0 && t.class&(wStop|wTime) == 0 {
			return true
		}
	}
	return false
}

// onlyAdverbial: [s,e) holds only time words, adverbs, "in a statement" and the like.
func (f *finder) onlyAdverbial(s, e int) bool {
	place := false
	for j := s; j < e; j++ {
		t := f.toks[j]
		if t.flags&fCap == 0 {
			place = false
		}
		if t.kind != kWord {
			if t.kind == kPunct && (t.mark == ',' || t.mark == '.') {
				continue
			}
			return false
		}
		if t.class&(wTime|wAux|wPrep|wDet) != 0 || t.flags&fDigit != 0 {
			continue
		}
		switch f.lowerWord(j) {
		case "statement", "interview", "speech", "press", "conference", "release", "email", "e-mail", "letter", "post", "tweet", "reporters", "journalists",
			"memo", "op-ed", "column", "blog", "appearance", "rally", "hearing", "briefing":
			continue
		}
		if !f.de && t.flags&fCap != 0 && j > s && (f.lowerIs(j-1, "in") || place && f.toks[j-1].flags&fCap != 0) {
			place = true // a place: "said Friday in Boise"
			continue
		}
		return false
	}
	return true
}

// cueAt returns the end of the cue starting at token j: "according to",
// "said in a statement".
func (f *finder) cueAt(j, b int) (int, bool) {
	if !f.isCue(j) {
		return 0, false
	}
	t := f.toks[j]
	if t.class&wPrepCue != 0 && f.lowerIs(j, "according") {
		if f.lowerIs(j+1, "to") {
			return j + 2, true
		}
		return 0, false
	}
	return j + 1 + f.phrasalLen(j), true // "went on", "made it clear"
}

// addQuoteAttr records the attribution of marked quote pi with the cue
// [cs,ce) and the source [ss,se) (ss < 0: find it after the cue).
func (f *finder) addQuoteAttr(pi, ce, cs, ss, se, b int) {
	toks := f.toks
	for k := cs; k < ce; k++ {
		toks[k].flags |= fUsed
	}
	// auxiliaries before the cue join it: "has said"
	for cs > 0 && ss < 0 && f.auxLike(cs-1) {
		cs--
	}
	x := attr{cueS: cs, cueE: ce, srcS: -1, pieces: []int{pi}, conf: 0.9}
	if (toks[ce-1].class&wParticiple != 0 || !f.de && toks[ce-1].class&wTell != 0 && toks[ce-1].flags&fLower != 0 && strings.HasSuffix(f.word(ce-1), "ing")) && cs == ce-1 && ss < 0 {
		// "..., chiding him, “...”": the subject of the clause speaks
		x.inherit = true
	} else if ss >= 0 {
		x.srcS, x.srcE = ss, se
	} else {
		// the source before the cue (Lavrov said: "...") or after it (said Lavrov)
		j := cs - 1
		a := f.sentStart(max(j, 0))
		if f.de {
			if gs, ge, ok := f.germanSubject(cs, a, b); ok {
				j = -1 // "Bei einem Empfang sagte Franziskus: „...“"
				x.srcS, x.srcE = gs, ge
			}
		}
		for j > a && !f.de && toks[j].kind == kWord && toks[j].flags&fIn == 0 && (toks[j].class&wTime != 0 && !(toks[j].flags&fCap != 0 && toks[j-1].flags&fCap != 0 && toks[j-1].class&wTime == 0 && !f.isWeekday(j)) || f.lowerIn(j, "later", "earlier")) && toks[j-1].kind == kWord {
			j-- // "Okafor later Friday told Fox News:"
		}
		if j >= 0 && toks[j].kind == kWord && toks[j].flags&fIn == 0 && toks[j].class&wSub == 0 {
			s := f.npBack(j, a)
			if s >= 0 {
				x.srcS, x.srcE = s, j+1
			}
		} else if j > a && f.isPunct(j, ',') {
			// "Paul Ingram, a lawyer who attended the hearing, recalled"
			if s := f.apposBack(j, a); s >= 0 {
				x.srcS, x.srcE = s, j
			}
		} else if j >= a && f.lowerIn(j, "and", "but") {
			if s, e := f.sentSubject(a, j); e > s {
				x.srcS, x.srcE = s, e
			}
		}
		if x.srcS < 0 && (toks[ce-1].class&wTell == 0 || cs > 0 && (toks[cs-1].kind == kMark || f.isPunct(cs-1, ','))) {
			s, e := f.npFwd(ce, b)
			if e > s && !(e-s == 1 && toks[s].flags&fLower != 0 && strings.HasSuffix(f.word(s), "ly")) {
				x.srcS, x.srcE = s, e // not an adverb: "said matter-of-factly"
			}
		}
		if f.de && x.srcS >= 0 {
			if ns, ne := f.germanEs(x.srcS, x.srcE, f.sentStart(cs), len(toks)); ne > ns {
				x.srcS, x.srcE = ns, ne // "„...“, hieß es vom Stadtrat X"
			}
		}
	}
	f.pairs[pi].used = true
	f.attrs = append(f.attrs, x)
}

// sentStart returns the first token of the sentence holding token j.
func (f *finder) sentStart(j int) int {
	if f.curA <= j {
		return f.curA
	}
	return f.sentStartBack(j)
}

// firstPair returns the index of the first pair opening at or after token a.
func (f *finder) firstPair(a int) int {
	return sort.Search(len(f.pairs), func(i int) bool { return f.pairs[i].open >= a })
}

// ---------------------------------------------------------------------------
// reported speech

// indirect examines the cue word at token i of the sentence [a,b).
func (f *finder) indirect(i, a, b int) {
	toks := f.toks
	t := toks[i]
	c := t.class
	if !f.de && f.modifierCue(i) {
		return
	}
	// prepositional cues: according to X / laut X / X zufolge
	if c&wPrepCue != 0 && c&wVerb == 0 {
		f.prepCue(i, a, b)
		return
	}
	if c&wPostCue != 0 {
		s := f.npBack(i-1, a)
		if s < 0 {
			return
		}
		cs, ce := i, i+1
		conS := i + 1
		if f.isPunct(conS, ',') {
			conS++
		}
		conE := f.contentEnd(conS, b)
		if conE <= conS {
			conS, conE = f.contentBefore(a, s)
		}
		f.addIndirect(cs, ce, s, i, conS, conE, false, 0.6)
		return
	}
	if c&wVerb == 0 {
		return
	}
	if f.de {
		f.germanVerb(i, a, b)
		return
	}
	if f.lowerIs(i, "asked") && (i == a || i == a+1 && toks[a].kind != kWord || f.lowerIn(i-1, "when", "if", "after", "once", "as", "while")) {
		f.askedClause(i, a, b)
		return
	}
	// not a verb here: "to say", "the report", "Media reports say"
	if f.lowerIs(i-1, "to") || i > a && toks[i-1].kind == kWord && toks[i-1].class&(wDet|wPrep) != 0 && !f.lowerIs(i-1, "that") {
		return
	}
	if t.flags&fCap != 0 && i > a && !(i == a+1 && toks[a].kind != kWord) {
		// part of a name ("Planned Parenthood"), unless a headline verb after a name: "Clinton Says ..."
		if !(c&(wWeak|wAmbig) == 0 && f.headline(a, b) && toks[i-1].flags&fCap != 0 && i+1 < b && toks[i+1].kind == kWord && strings.HasSuffix(f.word(i), "s")) {
			return
		}
	}
	cs := i
	for cs > a && f.auxLike(cs-1) {
		cs--
	}
	// passive: "is expected", "was told"
	for k := cs; k < i; k++ {
		switch f.lowerWord(k) {
		case "is", "are", "was", "were", "be", "been", "being":
			if !strings.HasSuffix(f.word(i), "ing") {
				if !f.agentCue(cs, i, b) {
					f.passive(cs, i, a, b)
				}
				return
			}
		}
	}
	// a noun followed by its verb: "reports say"
	n := i + 1
	for n < b && toks[n].kind == kWord && toks[n].class&wAux != 0 && toks[n].class&wPron == 0 {
		n++
	}
	if n < b && f.isCue(n) && toks[n].class&(wPrepCue|wParticiple) == 0 && !f.lowerIs(n, "to") {
		return
	}
	weak := c&wWeak != 0
	ambig := c&wAmbig != 0 && cs == i && !(i > a && toks[i-1].kind == kWord && toks[i-1].class&wPron != 0)
	// find a that-clause, colon or quote mark shortly after the cue
	thatAt := -1
	for k := i + 1; k < b && k <= i+7; k++ {
		tk := toks[k]
		if tk.flags&fOpen != 0 {
			if k > i+1 && !f.isPunct(k-1, ',') && !f.isPunct(k-1, ':') && f.clauseBetween(i+1, k) {
				break // "said he had served in Korea "for ..."": the clause is the content
			}
			if k == i+1 || f.isPunct(k-1, ',') || c&wWeak == 0 || c&wParticiple != 0 && f.isPunct(i-1, ',') {
				thatAt = k
			}
			break
		}
		if tk.kind == kPunct {
			if tk.mark == ':' {
				thatAt = k
				break
			}
			if tk.mark == ',' {
				continue
			}
			break
		}
		if tk.flags&fIn != 0 || tk.kind != kWord {
			break
		}
		if f.lowerIn(k, "that", "whether") || (f.lowerIs(k, "if") && c&wTell != 0) {
			thatAt = k
			break
		}
		if f.isCue(k) {
			break
		}
	}
	participle := c&wParticiple != 0
	prev := cs - 1
	// a time phrase between subject and verb: "Sherman last month joked"
	for t0 := prev; t0 > a && t0 >= prev-5 && toks[t0].kind == kWord && toks[t0].flags&fIn == 0 && f.timePhraseWord(t0) && !f.monthSurname(t0); t0-- {
		if toks[t0-1].kind == kWord && toks[t0-1].class&wPrep == 0 && !f.timePhraseWord(t0-1) || f.isPunct(t0-1, ')') ||
			!f.de && f.isPunct(t0-1, ',') && t0-1 > a && toks[prev].class&wTime != 0 && toks[prev].flags&fDigit == 0 {
			// "Lena Ortiz, the party chairwoman, this past week announced"
			prev = t0 - 1
			break
		}
	}

	if participle && prev >= a && toks[prev].kind == kWord && (strings.HasSuffix(f.word(prev), "'s") || strings.HasSuffix(f.word(prev), "\u2019s")) {
		return // "the NRA's lobbying arm": an adjective
	}
	if (participle || strings.HasSuffix(f.word(i), "ed")) && f.isPunct(prev, ',') {
		// "A senior official, speaking on condition of anonymity, said ...": an aside
		for k := i + 1; k < b && k < i+15; k++ {
			if f.isPunct(k, ',') {
				if k+1 < b && toks[k+1].kind == kWord && toks[k+1].class&(wVerb|wTell) != 0 && toks[k+1].flags&fLower != 0 && toks[k+1].class&wParticiple == 0 {
					return
				}
				break
			}
		}
	}
	if participle && cs == i && prev >= a && toks[prev].kind == kWord && toks[prev].class&wPron == 0 {
		if toks[prev].class&wPrep != 0 && !f.lowerIs(prev, "by") {
			return // "without specifying"
		}
		if !(toks[prev].flags&fCap != 0 && prev > a && toks[prev].class&(wStop|wTime) == 0) {
			prev = -1
		}
		// else "with Governor Pratt tweeting that ...": the name is the source
	}
	inherit := false
	srcS, srcE := -1, -1
	inverted := false
	switch {
	case prev < 0 && cs > a:
		inherit = true
	case prev > a && f.isPunct(prev, '%') && toks[prev-1].flags&fDigit != 0:
		// "37% say they are moderate"
		srcS, srcE = prev-1, prev+1
	case prev >= a && f.isPunct(prev, ')') && !participle:
		// "Rep. Ann Duarte (D-Ore.) last week joked"
		s := f.npBack(prev, a)
		if s < 0 {
			return
		}
		srcS, srcE = s, prev+1
	case prev < a:
		return // "Speaking to reporters, ..."
	case toks[prev].kind == kPunct && (toks[prev].mark == ',' || toks[prev].mark == '-' || toks[prev].mark == ';') || toks[prev].kind == kMark:
		if participle {
			inherit = true
			break
		}
		if toks[prev].mark == ',' && toks[prev].kind == kPunct && thatAt >= 0 && !participle && f.isPunct(prev-1, ')') {
			// "Sen. Paul Ridley (D-Vt.), said ... that"
			if s := f.npBack(prev-1, a); s >= 0 && (s == a || f.isPunct(s-1, ',')) && f.hasProperName(s, prev-1) {
				srcS, srcE = s, prev
				break
			}
		}
		if toks[prev].mark == ',' && toks[prev].kind == kPunct {
			if s := f.apposBack(prev, a); s >= 0 {
				// "The director of the Baltic Institute, Vera Holm, told ..."
				srcS, srcE = s, prev
				break
			}
		}
		s, e := f.npFwd(i+1, b)
		if e > s && !f.de {
			e = f.subjectEnd(s, e) // "say cutting fares encourages ...": stop at the verb
		}
		if e-s == 1 && f.lowerIn(s, "it", "him", "them", "us", "me") {
			e = s // an object, not an inverted source: "X, for one, called it ..."
		}
		if e > s && toks[prev].kind == kPunct && (toks[prev].mark == ',' || toks[prev].mark == '-') && !f.tailEnds(e, b) {
			// not "..., said Bogdanov." but "X, Democrat of Oregon, said the plan ...":
			// the source is before the comma
			if s2 := f.headBeforeComma(prev, a); s2 >= 0 {
				srcS, srcE = s2, prev
				break
			}
			if c0 := f.asideStart(prev, a); c0 > a {
				// "Democratic mayors, like their Republican peers, say ..."
				if s2 := f.beforeAside(c0, a); s2 >= 0 {
					srcS, srcE = s2, c0
					break
				}
			}
			if e-s == 1 && toks[s].class&wPron != 0 {
				return // "A quarter of retirees, 26%, say they agree"
			}
			// the phrase after the verb is its object, not an inverted source:
			// take the words before the comma as the source
			if s2 := f.npBack(prev-1, a); s2 >= 0 && (s2 == a || f.isPunct(s2-1, ',')) && f.hasNameOrPronoun(s2, prev) {
				srcS, srcE = s2, prev
				break
			}
			return
		}
		if e <= s {
			// "..., Mikhail Bogdanov, said on February 13"
			if toks[prev].kind == kPunct && toks[prev].mark == ',' && prev-1 >= a && toks[prev-1].kind == kWord {
				if prev-2 > a && f.isPunct(prev-2, ',') && (f.asideWord(prev-1) || toks[prev-1].flags&fDigit != 0 && len(f.word(prev-1)) <= 3) {
					// "The company, however, insisted that ...", "Trump, 70, tweeted"
					if s := f.npBack(prev-3, a); s >= 0 && f.opensClause(s, a) {
						srcS, srcE = s, prev-2
						break
					}
				}
				// "A senior official, speaking on condition of anonymity, said ...": an aside
				if c0 := f.asideStart(prev, a); c0 > a {
					if s := f.beforeAside(c0, a); s >= 0 {
						srcS, srcE = s, c0
						break
					}
				}
				if s := f.npBack(prev-1, a); s >= 0 && (s == a || f.isPunct(s-1, ',')) && !f.asideWord(s) {
					if s == a || thatAt >= 0 || !f.adverbialTail(i+1, b) {
						// "Mikhail Bogdanov, Russia's deputy foreign minister, said that ..."
						// "One candidate, Mara Lind, says despite being ..., she plans"
						srcS, srcE = s, prev
						break
					}
					// "..., Deputy Foreign Minister, Mikhail Bogdanov, said on February 13"
					if toks[prev-1].flags&fCap != 0 {
						srcS, srcE, inverted = s, prev, true
						cs = s
						break
					}
				}
			}
			return
		}
		srcS, srcE, inverted = s, e, true
	case f.lowerIn(prev, "and", "but", "then"):
		inherit = true
	case toks[prev].kind == kWord && toks[prev].flags&fIn == 0:
		if participle && !strings.HasSuffix(f.lowerWord(prev), "s") && toks[prev].class&wAux == 0 {
			// "by saying", "without specifying"
			if toks[prev].class&wPrep != 0 {
				return
			}
		}
		s := f.npBack(prev, a)
		if s < 0 {
			return
		}
		// "Ida Vance, the communications director for the union said ...":
		// an apposition left without its closing comma follows the name
		if s-1 > a && f.isPunct(s-1, ',') && f.nameRun(a, s-1) && (s-1-a >= 2 || f.names[f.word(a)] != "") && f.description(s, prev+1) {
			s = a
		}
		srcS, srcE = s, prev+1
	default:
		return
	}
	// a stance verb ("wants", "endorsed", "criticized") counts with a named
	// or pronoun subject; with a common noun subject it needs a that-clause
	strongSubj := srcS >= 0 && (srcE-srcS == 1 && toks[srcS].class&wPron != 0 && toks[srcS].class&wSub == 0 || f.hasProperName(srcS, srcE) || f.evidenceNoun(srcE-1))
	if strongSubj && c&wStance != 0 && cs == i && toks[srcE-1].class&wPron == 0 {
		w := f.word(i)
		if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && c&wParticiple == 0 {
			strongSubj = false // a bare form after a name is rather a noun: "the Clinton campaign"
		}
	}
	if weak && thatAt < 0 && !inverted && !(strongSubj && c&(wStance|wTell) != 0) && !(inherit && participle && c&wStance != 0 && c&wAmbig == 0) {
		return
	}
	if ambig && !(thatAt >= 0 && toks[thatAt].kind == kWord) && !(strongSubj && c&wStance != 0 && c&wAmbig != 0 && cs < i) && !(srcS >= 0 && f.evidenceNoun(srcE-1)) {
		return // "remarks", "promise": a noun unless a that-clause follows
	}
	if participle && !inherit && thatAt < 0 {
		return
	}
	conf := 0.75
	if weak {
		conf = 0.5
	}
	var conS, conE int
	if inverted {
		conS, conE = f.contentBefore(a, cs)
		if cs < i {
			cs = i
		}
		if conE <= conS {
			return
		}
	} else {
		conS = i + 1 + f.phrasalLen(i) // after "laid out"
		if thatAt >= 0 {
			conS = thatAt
			if f.isPunct(thatAt, ':') {
				conS++
			}
		} else if c&wTell != 0 {
			// skip the addressee: told reporters ...
			s, e := f.npFwd(i+1, b)
			if e > s {
				conS = e
			}
			if f.lowerIs(conS, "to") {
				// urged X to ...
			}
		}
		for conS < b && toks[conS].kind == kPunct && toks[conS].mark == ',' {
			conS++
		}
		conE = f.contentEnd(conS, b)
		afterComma := srcS > a && f.isPunct(srcS-1, ',')
		switch {
		case afterComma && thatAt < 0 && f.isPunct(i+1, ',') && conE > conS:
			// "The bridge, Mr. Tran said, would make ...": the whole sentence
			conS, conE = a, b
			for conE > conS && toks[conE-1].kind == kPunct {
				conE--
			}
		case conE <= conS || conE-conS == 1 && toks[conS].class&(wTime|wAux) != 0 ||
			afterComma && thatAt < 0 && (f.onlyAdverbial(conS, conE) || f.adverbialThenComma(conS, conE)):
			// X said. / "...," X said on Tuesday. / ..., Moss said during his speech.
			if srcS >= 0 {
				if s2, e2 := f.contentBefore(a, srcS); e2 > s2 {
					conS, conE = s2, e2
				} else if conE <= conS {
					return
				}
			}
			if conE <= conS {
				return
			}
		}
	}
	f.addIndirect(cs, i+1+f.phrasalLen(i), srcS, srcE, conS, conE, inherit, conf)
}

// prepCue handles "according to X" and German "laut X", "nach Angaben X", ", so X".
func (f *finder) prepCue(i, a, b int) {
	toks := f.toks
	ce := i + 1
	if f.lowerIs(i, "according") {
		if !f.lowerIs(i+1, "to") {
			return
		}
		ce = i + 2
	} else if f.de {
		w := f.lowerWord(i)
		switch w {
		case "nach":
			if !f.sourceNoun(i+1, b) {
				return
			}
		case "so":
			if !(f.isPunct(i-1, ',') && i+1 < b && (toks[i+1].flags&fCap != 0 || f.namedRunEnds(i+1, b) || f.soPhrase(i+1, b)) || i == a && i+1 < b && toks[i+1].flags&fCap != 0 && toks[i+1].class&wDet == 0 && f.namedRunEnds(i+1, b)) {
				return
			}
		}
	}
	s, e := f.npFwd(ce, b)
	if e <= s && f.de && ce < b && toks[ce].flags&fOpen != 0 {
		// "Laut „Abendpost“ soll er ...": a title in marks
		if pi := f.firstPair(ce); pi < len(f.pairs) && f.pairs[pi].open == ce && f.pairs[pi].closed && f.pairs[pi].dropped && f.pairs[pi].close < b {
			s, e = ce, f.pairs[pi].close+1
		}
	}
	if e <= s {
		return
	}
	var conS, conE int
	if i == a || i == a+1 && toks[a].kind != kWord {
		conS = e
		for conS < b && toks[conS].kind == kPunct && toks[conS].mark == ',' {
			conS++
		}
		conE = f.contentEnd(conS, b)
	} else {
		conS, conE = f.contentBefore(a, i)
		if f.isPunct(i-1, ',') && f.isPunct(e, ',') && e+1 < b && (toks[e+1].kind == kWord || f.de && toks[e+1].flags&fOpen != 0) {
			// "Acme receives, according to one estimate, $12 million ...": the whole sentence
			conS, conE = a, b
			for conE > conS && toks[conE-1].kind == kPunct {
				conE--
			}
		}
		if conE <= conS && f.de {
			// "Heute wurden nach Polizeiangaben 12 Fahrzeuge kontrolliert": the sentence
			conS, conE = a, b
			for conE > conS && toks[conE-1].kind == kPunct {
				conE--
			}
		} else if conE <= conS {
			conS = e
			for conS < b && toks[conS].kind == kPunct && toks[conS].mark == ',' {
				conS++
			}
			conE = f.contentEnd(conS, b)
		}
	}
	if conE <= conS {
		return
	}
	f.addIndirect(i, ce, s, e, conS, conE, false, 0.7)
}

// germanSourceNouns end the German nouns that name a source of information.
var germanSourceNouns = [...]string{"angaben", "ansicht", "aussage", "aussagen", "worten", "einschätzung", "meinung", "darstellung", "informationen", "berichten", "bericht", "auskunft", "schätzungen", "erkenntnissen", "auffassung", "überzeugung", "meldungen", "ermittlungen", "berechnungen", "medien", "schilderung", "schilderungen", "recherchen", "umfragen", "zählung", "daten", "statistik", "zahlen", "vorwürfen", "darstellungen", "einschätzungen", "vermutungen", "ergebnissen", "ankündigung", "nachricht", "mitteilung",
	"studie", "analyse", "prognose", "prognosen", "vorstellungen", "schätzung", "stellungnahme", "hochrechnung",
	"untersuchungen", "veröffentlichung", "bekunden", "vorhersage", "erkenntnisstand", "ermittlungsstand"}

// sourceNoun: the words from k name a source of information: "Angaben der
// Polizei", "französischen Armeeangaben", "den Berechnungen der Statistiker".
func (f *finder) sourceNoun(k, b int) bool {
	for j := k; j < b && j < k+3; j++ {
		if f.toks[j].kind != kWord {
			return false
		}
		w := f.lowerWord(j)
		for _, n := range germanSourceNouns {
			if strings.HasSuffix(w, n) {
				return true
			}
		}
		if f.toks[j].flags&fCap != 0 && !(j == k && strings.HasSuffix(w, "s") && j+1 < b && f.toks[j+1].flags&fCap != 0) {
			return false // but "Celebis Angaben": a possessive name first
		}
	}
	return false
}

// namedRunEnds: the words from i run to the sentence end, or to the last
// token before it (", so Kranz."), with no punctuation between.
func (f *finder) namedRunEnds(i, b int) bool {
	for i < b && f.toks[i].kind == kWord {
		i++
	}
	return i >= b-1
}

// germanVerb handles a German speech verb: "X sagte, ...", "..., sagte X",
// "X hat gesagt, dass ...".
func (f *finder) germanVerb(i, a, b int) {
	toks := f.toks
	if toks[i].flags&fCap != 0 && i > a {
		return // a noun: "Angaben"
	}
	if toks[i].class&wVerb == 0 || toks[i].class&wWeak != 0 {
		// a separable verb needs its particle: "gab ... bekannt", "stellte ... fest"
		ok := false
		for k := i + 1; k < b && k < i+12; k++ {
			if toks[k].kind == kPunct && toks[k].mark != '.' {
				break
			}
			switch f.lowerWord(k) {
			case "an", "bekannt", "fest", "hin", "ein", "aus", "auf", "davon", "zu", "vor", "mit", "hinzu", "hervor", "zurück", "ab", "heraus", "dar", "klar", "entgegen",
				"ansicht", "auffassung", "meinung", "these", "position": // "vertritt die Ansicht, dass"
				ok = true
			case "sich":
				ok = k == i+1 && f.lowerIn(i, "zeigte", "zeigten", "zeigt") // "zeigte sich besorgt"
			}
		}
		if !ok {
			return
		}
	}
	prev := i - 1
	var srcS, srcE int = -1, -1
	inverted := false
	if prev >= a && (toks[prev].kind == kPunct && toks[prev].mark == ',' || toks[prev].kind == kMark) {
		if f.isPunct(i+1, ',') || f.isPunct(i+1, ':') {
			// "Charles Gassenheimer, Geschäftsführer, sagte, ..."
			s := f.apposBack(prev, a)
			if s < 0 {
				s = f.npBack(prev-1, a)
			}
			if s < 0 {
				return
			}
			srcS, srcE = s, prev
		} else if s := f.apposBack(prev, a); s >= 0 && toks[prev].kind == kPunct {
			// "Die Regierungspartei Valdoniens, die VNP, bezeichnete ..."
			srcS, srcE = s, prev
		} else if s, e := f.npFwd(i+1, b); e > s && toks[prev].kind == kPunct && !f.tailEnds(e, b) && f.headBeforeComma(prev, a) >= 0 {
			// "Der Sprecher der Opposition, Peter Müller, kritisierte den Plan"
			srcS, srcE = f.headBeforeComma(prev, a), prev
		} else {
			s, e := f.npFwd(i+1, b)
			if e <= s {
				return
			}
			srcS, srcE, inverted = s, e, true
		}
	} else if prev >= a && (toks[prev].kind == kWord || f.isPunct(prev, ')')) {
		// wie X mitteilte / der Minister sagte / gestern sagte der Minister / Anna Roth (SPD) sagte
		s := f.npBack(prev, a)
		if f.lowerIn(prev, "und", "sowie") && prev > a {
			// "X erwartet eine Entscheidung und gab bekannt, dass ...": the subject of the first verb
			if ss, se := f.coordSubject(a, prev); se > ss && (f.clauseFollows(i+1, b) ||
				i+1 < b && toks[i+1].kind == kWord && toks[i+1].class&(wDet|wPron) == 0 && (f.personName(ss, se) || se-ss == 1 && toks[ss].class&wPron != 0)) {
				srcS, srcE = ss, se
			}
		}
		if srcS >= 0 {
		} else if gs, ge, ok := f.germanSubject(i, a, b); ok {
			srcS, srcE = gs, ge
		} else if s >= 0 && !(s == prev && toks[prev].class&(wTime|wAux|wStop) != 0 && toks[prev].class&wPron == 0) {
			srcS, srcE = s, prev+1
			if ns := f.nameBeforeAppos(s, prev+1, a); ns >= 0 {
				srcS = ns // "Jonas Ebert, ein Verkehrsexperte vom Landesverband erklärte"
			}
		} else {
			s, e := f.npFwd(i+1, b)
			if e <= s {
				return
			}
			srcS, srcE = s, e
		}
	} else {
		return
	}
	if ns, ne := f.germanEs(srcS, srcE, a, b); ne > ns {
		srcS, srcE = ns, ne // "heißt es in dem Schreiben"
	}
	var conS, conE int
	after := srcE
	if srcS < i {
		after = i + 1
	}
	// the content after: ", dass ..." / ": ..." / ", ..." (verb second), also after
	// an adverbial: "sagte am Montag in Berlin, die Regierung werde ..."
	k := after
	for k < b && k < after+10 && toks[k].kind == kWord && toks[k].flags&fIn == 0 && toks[k].class&(wThat|wVerb) == 0 {
		k++
	}
	if !(k < b && (f.isPunct(k, ',') || f.isPunct(k, ':'))) {
		k = after
		for k < b && k < after+6 && toks[k].kind == kWord && toks[k].class&(wAux|wTime|wPrep|wDet) != 0 {
			k++
		}
	}
	if k < b && (f.isPunct(k, ',') || f.isPunct(k, ':')) && !inverted {
		conS = k + 1
		conE = f.contentEnd(conS, b)
	} else if k < b && (toks[k].flags&fOpen != 0 || f.lowerIs(k, "dass")) && !inverted {
		conS = k // "hoffte dass ...", a comma left out
		conE = f.contentEnd(conS, b)
	}
	if conE <= conS {
		conS, conE = f.contentBefore(a, min(i, srcS))
		if inverted {
			conS, conE = f.contentBefore(a, i)
		} else if srcS > a && f.lowerIs(srcS-1, "wie") {
			// "..., wie EADS mitteilte."
			conS, conE = f.contentBefore(a, srcS-1)
		}
	}
	if conE <= conS && srcS > i && i == a+1 && a > 0 && f.lowerIn(a, "dies", "das") && toks[a].flags&fPara == 0 {
		// "Die Brücke bleibt gesperrt. Dies bestätigte der Landrat.": the sentence before
		// back to the paragraph start: the statement may span sentences ("... am 2. Februar ...")
		ps, pe := a-1, a
		for ps > 0 && ps > a-150 && toks[ps].flags&fPara == 0 {
			ps--
		}
		for ps < pe && toks[ps].kind == kPunct {
			ps++
		}
		for pe > ps && (toks[pe-1].kind == kPunct || toks[pe-1].kind == kMark && toks[pe-1].flags&fClose == 0) {
			pe--
		}
		if pe-ps >= 3 && !f.attributed(ps, pe) {
			conS, conE = ps, a+1 // the statement and the "Dies" that stands for it
		}
	}
	if conE <= conS {
		if srcE > srcS && f.hasProperName(srcS, srcE) {
			f.cueOnly = [2]int{srcS, srcE} // "Besorgt äußerte sich Karin Vogt über ...": speaks on in the next sentence
		}
		return
	}
	f.addIndirect(i, i+1, srcS, srcE, conS, conE, false, 0.7)
}

// freeIndirect reports German sentences in the subjunctive mood (free
// indirect speech) that follow an attribution, with its speaker.
func (f *finder) freeIndirect(si, a, b, first int) {
	if len(f.attrs) > first {
		return
	}
	subj, hearsay := false, false
	for i := a; i < b; i++ {
		t := f.toks[i]
		if t.kind != kWord || t.class&wSubj == 0 || t.flags&fIn != 0 {
			continue
		}
		if i > a && f.lowerIn(i-1, "ich", "wir") {
			continue // "ich habe": the indicative
		}
		if f.lowerIn(i, "soll", "sollen") {
			hearsay = true
			continue
		}
		subj = true
	}
	spk := f.lastSpk
	if si-f.lastSpkSent > 3 {
		spk = nil
	}
	// "soll" reports hearsay only next to an attribution; otherwise it plans
	if !subj && !(hearsay && spk != nil) {
		return
	}
	fromSubj := false
	if subj && f.lowerIs(a, "für") {
		// "Für den Historiker Jan Ebert sei der Schritt richtig": his view
		if s, e := f.npFwd(a+1, b); e > s && e < b && f.personName(s, e) && f.toks[e].class&wSubj != 0 {
			spk, fromSubj = f.speaker(s, e), true
		}
	}
	if !fromSubj && f.subjSpk != nil && f.subjSent == si-1 && (spk == nil || f.lastSpkSent < si-1 && f.gender[f.subjSpk.Name] != 0) {
		// "Staatspräsident Anton Weller ist besorgt. Die Lage sei ...": a person with a role
		// as the subject of the sentence before, more recent than the last attribution
		// "Kessler lobte die Feuerwehr. Sie sei ein Vorbild für alle."
		spk, fromSubj = f.subjSpk, true
	}
	conS, conE := a, b
	for conE > conS && f.toks[conE-1].kind == kPunct {
		conE--
	}
	if conE-conS < 3 {
		return
	}
	x := attr{cueS: -1, srcS: -1, conS: conS, conE: conE, conf: 0.4, spk: spk}
	if spk != nil && !fromSubj {
		f.lastSpkSent = si
	}
	f.attrs = append(f.attrs, x)
	if spk != nil {
		// a marked fragment of the reported speech has its speaker: "Es drohe „eine Erderwärmung“"
		for pi := f.firstPair(conS); pi < len(f.pairs) && f.pairs[pi].open < conE; pi++ {
			if p := &f.pairs[pi]; !p.used && !p.dropped && p.closed && p.close < conE && !f.titleLike(p) {
				f.attrs = append(f.attrs, attr{cueS: -1, cueE: -1, srcS: -1, pieces: []int{pi}, conf: 0.4, spk: spk, fragment: true})
				p.used = true
			}
		}
	}
}

// addIndirect records reported speech, unless a marked quote already holds it.
func (f *finder) addIndirect(cs, ce, srcS, srcE, conS, conE int, inherit bool, conf float64) {
	for k := cs; k < ce; k++ {
		f.toks[k].flags |= fUsed
	}
	x := attr{cueS: cs, cueE: ce, srcS: srcS, srcE: srcE, conS: conS, conE: conE, inherit: inherit, conf: conf}
	if inherit {
		x.srcS = -1
	}
	// marked quotes inside the content
	for pi := f.firstPair(conS); pi < len(f.pairs) && f.pairs[pi].open < conE; pi++ {
		p := &f.pairs[pi]
		if p.dropped {
			continue
		}
		if p.used && p.open > conS {
			// a quote with its own attribution ends this content
			e := p.open
			for e > conS && (f.toks[e-1].kind == kPunct || f.toks[e-1].kind == kMark) {
				e--
			}
			x.conE = e
			if e <= conS {
				return
			}
			break
		}
		x.marked = true
		// exactly one quote: a direct quote with this cue
		if p.open == conS && (p.closed && p.close >= conE-1 && p.close <= conE || !p.closed && p.close >= conE) && !p.used {
			x.pieces = []int{pi}
			x.conf += 0.15
		}
		p.used = true
	}
	f.attrs = append(f.attrs, x)
}

// contentEnd returns the end of the clause that starts at token s.
func (f *finder) contentEnd(s, b int) int {
	toks := f.toks
	e := s
	for k := s; k < b; k++ {
		t := toks[k]
		if t.flags&fIn == 0 {
			if t.kind == kPunct && (t.mark == ';') {
				break
			}
			if (t.kind == kPunct && t.mark == ',' || t.flags&fClose != 0 && f.isPunct(k-1, ',')) && k+1 < b {
				if t.flags&fClose != 0 {
					e = k + 1 // keep the closing mark with its quote
				}
				n := toks[k+1]
				// ", adding that" / ", according to" / ", he said."
				if n.kind == kWord && n.class&(wParticiple|wPrepCue) != 0 && n.flags&fIn == 0 && (n.class&wPrepCue == 0 || f.lowerIs(k+2, "to") || f.de) {
					break
				}
				if f.attributionTail(k+1, b) || f.clauseWithCue(k+1, b) {
					break
				}
				if !f.de && n.kind == kWord && n.flags&(fIn|fCap) == 0 && f.isCue(k+1) && n.class&wVerb != 0 && !f.lowerIs(k+2, "to") && !f.lowerIs(k+2, "by") {
					// "a senator who clashed with X, said in an interview that ...": the main verb
					break
				}
			}
			if t.kind == kWord && f.lowerIn(k, "and", "but", "und") && k > s {
				n := k + 1
				for n < b && toks[n].kind == kWord && toks[n].class&wAux != 0 && toks[n].class&wPron == 0 {
					n++
				}
				if n < b && toks[n].kind == kWord && toks[n].flags&fIn == 0 && toks[n].class&wVerb != 0 && toks[n].class&wWeak == 0 && !f.de {
					break
				}
			}
		}
		e = k + 1
	}
	// trailing punctuation and closing marks outside quotes
	for e > s && toks[e-1].kind == kPunct && toks[e-1].flags&fIn == 0 && toks[e-1].mark != ')' {
		e--
	}
	return e
}

// attributionTail: tokens from k to the sentence end are "NP said" or "said NP".
func (f *finder) attributionTail(k, b int) bool {
	toks := f.toks
	n := 0
	for j := k; j < b && n < 12; j, n = j+1, n+1 {
		if toks[j].kind != kWord || toks[j].flags&fIn != 0 {
			return false
		}
		if f.isCue(j) && toks[j].class&wVerb != 0 {
			// the rest up to the sentence end is a short NP or time phrase
			m := 0
			for r := j + 1; r < b; r++ {
				if toks[r].kind != kWord {
					if toks[r].kind == kPunct && (toks[r].mark == '.' || toks[r].mark == ',') && r >= b-2 {
						continue
					}
					if toks[r].kind == kPunct && toks[r].mark == ',' {
						continue
					}
					return false
				}
				m++
			}
			return m <= 14
		}
		if toks[j].class&(wSub|wThat) != 0 && toks[j].class&wPron == 0 {
			return false
		}
	}
	return false
}

// agentCue attributes a passive cue to its agent: "Lind was asked by
// moderator Ruth Gale whether ..." -> Ruth Gale.
func (f *finder) agentCue(cs, i, b int) bool {
	toks := f.toks
	if f.de || !f.lowerIs(i+1, "by") {
		return false
	}
	s, e := f.npFwd(i+2, b)
	if e <= s || !f.personName(s, e) && !f.hasProperName(s, e) {
		return false
	}
	conS := e
	for conS < b && f.isPunct(conS, ',') {
		conS++
	}
	if conS >= b || !(f.lowerIn(conS, "whether", "if", "that") || toks[conS].flags&fOpen != 0 || f.isPunct(conS, ':')) {
		return false
	}
	if f.isPunct(conS, ':') {
		conS++
	}
	conE := f.contentEnd(conS, b)
	if conE <= conS {
		return false
	}
	f.addIndirect(cs, i+1, s, e, conS, conE, false, 0.5)
	return true
}

// quoteFirst returns the first token of the attribution x when its quote
// comes before its cue and source in the sentence from a ("“...,” Sanders
// said"), or -1.
func (f *finder) quoteFirst(x *attr, a int) int {
	q := -1
	if len(x.pieces) > 0 {
		q = f.pairs[x.pieces[0]].open
	} else if x.conE > x.conS {
		q = x.conS
	}
	if q >= a && q < x.cueS && (x.srcS < 0 || q < x.srcS) {
		return q
	}
	return -1
}

// contentBefore returns the clause before the source or cue at token s:
// "[The U.S. delegation will come], Bogdanov said".
func (f *finder) contentBefore(a, s int) (int, int) {
	toks := f.toks
	e := s
	for e > a && (toks[e-1].kind == kPunct && toks[e-1].mark != ')' || toks[e-1].kind == kMark && toks[e-1].flags&fClose == 0) {
		e--
	}
	if e == s && e-2 > a && toks[e-1].flags&fClose != 0 && f.isPunct(e-2, ',') {
		e -= 2 // '... promising "a full review," according to the letter'
	}
	if e == s {
		return 0, 0 // no comma or mark between content and source
	}
	st := a
	wrapped := -1
	// after the last attribution in this sentence
	for k := len(f.attrs) - 1; k >= 0; k-- {
		x := f.attrs[k]
		if x.cueS < a {
			break
		}
		end := x.cueE
		if x.srcE > end {
			end = x.srcE
		}
		if end <= e && end > st && x.conS < end && !x.inherit {
			st = end
			wrapped = k
		}
		break
	}
	for st < e && toks[st].kind == kPunct {
		st++
	}
	if e <= st {
		if wrapped >= 0 && !f.de && (toks[s].class&wPrepCue != 0 || toks[s].class&wParticiple == 0 && !strings.HasSuffix(f.word(s), "ing")) {
			// "“...,” Moreno said, according to CNN": the report covers the
			// attributed quote before it, its cue and its source
			if q := f.quoteFirst(&f.attrs[wrapped], a); q >= 0 {
				return q, e
			}
		}
		return 0, 0
	}
	if st > a && e-st <= 4 && f.onlyAdverbial(st, e) {
		// "..., Bogdanov said on February 13, RIA Novosti reported": the same content
		if len(f.attrs) > 0 {
			if x := f.attrs[len(f.attrs)-1]; x.conE > x.conS && x.conS >= a {
				return x.conS, x.conE
			}
			if wrapped >= 0 && !f.de {
				// "“...,” O’Hara said at a news briefing, according to the Tulsa Ledger"
				if q := f.quoteFirst(&f.attrs[wrapped], a); q >= 0 {
					return q, e
				}
			}
		}
	}
	return st, e
}

// ---------------------------------------------------------------------------
// noun phrases

// npBack returns the first token of the noun phrase ending at token j, or -1.
func (f *finder) npBack(j, a int) int {
	toks := f.toks
	if j < a || toks[j].kind != kWord || toks[j].flags&fIn != 0 {
		if j >= a && f.isPunct(j, ')') {
			// "Janet L. Cole (D-Ore.)"
			k := j - 1
			for k >= a && k > j-10 && !f.isPunct(k, '(') {
				k--
			}
			if k > a && f.isPunct(k, '(') {
				if s := f.npBack(k-1, a); s >= 0 {
					return s
				}
			}
		}
		return -1
	}
	t := toks[j]
	if t.class&wPron != 0 && j-2 >= a && f.lowerIs(j-1, "of") && toks[j-2].class&wDet != 0 && t.class&wSub == 0 {
		return j - 2 // "Many of you", "some of them"
	}
	if t.class&wPron != 0 && t.flags&fCap == 0 || t.class&wPron != 0 && (j == a || toks[j-1].flags&fSentEnd != 0 || toks[j-1].kind != kWord) { // he, who
		return j
	}
	if t.class&wPron != 0 && t.class&wSub == 0 {
		return j // "He", after an opening phrase
	}
	if t.class&wDet != 0 && t.class&(wSub|wAux|wPrep) == 0 && !f.lowerIn(j, "the", "a", "an", "this", "his", "her", "their", "its", "our", "my", "your") {
		// "Three in five said", "many say", "both said": fall through
	} else if t.class&(wSub|wAux|wPrep|wDet) != 0 && t.class&wPron == 0 && !(!f.de && t.flags&fCap != 0 && t.class&wAux != 0 && j > a && toks[j-1].kind == kWord && toks[j-1].flags&fCap != 0 && toks[j-1].class&(wStop|wDet|wSub) == 0) {
		return -1 // but "Theresa May said"
	}
	if j > a && t.flags&fLower != 0 && toks[j-1].flags&fCap != 0 && toks[j-1].class&wTitle == 0 && (strings.HasSuffix(f.word(j), "ed") || irregularPast[f.word(j)]) {
		j-- // "Hillary shot back": the name before the verb
	}
	k := j
	n := 0
	for k >= a {
		tk := toks[k]
		if tk.kind == kPunct && tk.mark == ')' {
			m := k - 1
			for m >= a && m > k-10 && !f.isPunct(m, '(') {
				m--
			}
			if m >= a && f.isPunct(m, '(') {
				k = m - 1
				continue
			}
			break
		}
		if tk.kind != kWord || tk.flags&fIn != 0 {
			break
		}
		if k < j {
			if tk.class&wSub != 0 && !(f.de && tk.class&wDet != 0) && !(tk.flags&fCap != 0 && k > a && toks[k-1].flags&fCap != 0) {
				if f.lowerIs(k, "and") && k > a && toks[k-1].kind == kWord && (toks[k-1].flags&fCap != 0 && toks[k+1].flags&fCap != 0 ||
					!f.de && toks[k+1].class&wDet != 0 && !irregularPast[f.word(k-1)] && !strings.HasSuffix(f.word(k-1), "ed") && toks[k-1].class&(cueMask|wPrep|wAux) == 0) {
					// "Bogdanov and Lavrov", "The Pike campaign and some privacy experts"
				} else {
					break
				}
			}
			if tk.class&wAux != 0 && tk.class&wPron == 0 && tk.flags&fCap == 0 {
				break
			}
			if tk.class&cueMask != 0 && tk.flags&fCap == 0 && !(k > a && toks[k-1].class&wDet != 0) && !(k+1 < j && f.nounCue(k)) {
				break
			}
			if tk.class&wPron != 0 && tk.class&wDet == 0 && tk.flags&fCap == 0 {
				break
			}
			if f.lowerIn(k, "him", "them", "us", "me") {
				break // an object: "Friends who have met him at the plant say"
			}
		}
		n++
		if n > 16 {
			break
		}
		k--
	}
	s := k + 1
	if s > j {
		return -1
	}
	// a state after a town: "Dana Ruiz of Dayton, Ohio says"
	if !f.de && s-3 > a && j-s <= 1 && f.isPunct(s-1, ',') && toks[s].flags&fCap != 0 && toks[j].flags&fCap != 0 && toks[s-2].kind == kWord && toks[s-2].flags&fCap != 0 && f.lowerIs(s-3, "of") {
		if s2 := f.npBack(s-2, a); s2 >= 0 && s2 < s-3 && f.opensClause(s2, a) {
			s = s2
		}
	}
	// a list of names: "Ames, Boyd and Carver said"
	if !f.de && s-2 >= a && f.isPunct(s-1, ',') && toks[s].flags&fCap != 0 {
		hasAnd := false
		for k := s; k <= j; k++ {
			if f.lowerIs(k, "and") {
				hasAnd = true
			}
		}
		if s2 := f.listBack(s, a); hasAnd && s2 < s {
			s = s2
		}
	}
	// apposition before a comma: "Mikhail Bogdanov, Russia's deputy foreign minister, said"
	if s-1 > a && f.isPunct(s-1, ',') && f.isPunct(j+1, ',') && f.apposition(s, j+1) {
		if s2 := f.npBack(s-2, a); s2 >= 0 && (toks[s-2].flags&fCap != 0 || f.isPunct(s-2, ')')) {
			s = s2
		}
	}
	// leading conjunctions, adverbs and prepositional phrases
	for s < j && toks[s].class&(wStop|wSub) != 0 && toks[s].class&(wDet|wPron) == 0 && !f.monthFirstName(s) {
		s++
	}
	if s <= j && toks[s].class&wPrep != 0 && !f.lowerIs(s, "of") {
		// "On Tuesday Trump said": keep the last name or determiner phrase
		best := -1
		for k := s + 1; k <= j; k++ {
			tk := toks[k]
			if tk.class&wDet != 0 || tk.flags&fCap != 0 && tk.class&wTime == 0 && (toks[k-1].flags&fCap == 0 || toks[k-1].class&wTime != 0) && toks[k-1].class&wDet == 0 {
				best = k
			}
			if tk.flags&fDigit != 0 && best < 0 && f.lowerIs(s, "about") {
				best = s // "About 12 percent said"
			}
		}
		if best < 0 {
			return -1
		}
		s = best
	}
	if s > j {
		return -1
	}
	return s
}

// monthFirstName: the month name at k is a given name before a surname
// ("April Mellody", "June Carter"), not a date ("June 5", "May Day").
func (f *finder) monthFirstName(k int) bool {
	if f.de || k+1 >= len(f.toks) || f.toks[k].flags&fCap == 0 {
		return false
	}
	switch f.word(k) {
	case "April", "May", "June", "August":
	default:
		return false
	}
	if k > 0 {
		switch f.lowerWord(k - 1) {
		case "in", "since", "until", "till", "by", "from", "during", "through", "before", "after",
			"early", "late", "mid", "last", "next", "this", "that", "each", "every":
			return false // "In May Smith said", "since June Lee has ...": a date
		}
	}
	n := f.toks[k+1]
	return n.kind == kWord && n.flags&fCap != 0 && n.class&(wTime|wStop|wOrg|wTitle) == 0 && n.s == f.toks[k].e+1
}

// monthSurname: the capitalised month name at k ends a name ("Theresa
// May"), not a time phrase ("Sherman last month").
func (f *finder) monthSurname(k int) bool {
	t := f.toks[k]
	return !f.de && t.flags&fCap != 0 && !f.isWeekday(k) && k > 0 && f.toks[k-1].kind == kWord && f.toks[k-1].flags&fCap != 0 &&
		f.toks[k-1].class&(wTime|wPrep|wDet|wStop) == 0 && f.toks[k-1].flags&fSentEnd == 0
}

// clauseBetween: [s,e) holds a subject pronoun or a finite auxiliary, so
// it is a clause of its own ("he had served in Korea").
func (f *finder) clauseBetween(s, e int) bool {
	if f.de {
		return false
	}
	for k := s; k < e; k++ {
		if f.toks[k].kind != kWord || f.toks[k].flags&fLower == 0 {
			if f.lowerIs(k, "i") {
				return true
			}
			continue
		}
		switch f.word(k) {
		case "he", "she", "they", "we", "i", "it", "you", "has", "have", "had", "will", "would", "could", "should",
			"might", "must", "can", "is", "are", "was", "were", "did", "does", "do":
			return true
		}
	}
	return false
}

// subordinator: the word at k opens a clause when a verb follows its
// subject ("after Mr. Lowe, asked about it, had said").
func (f *finder) subordinator(k int) bool {
	if f.toks[k].flags&fLower == 0 {
		return false
	}
	switch f.word(k) {
	case "after", "before", "since", "until", "as":
		return !f.de
	}
	return false
}

// timePhraseWord: the word at k can be part of a time phrase between a
// subject and its verb ("last month", "on Friday", "less than two weeks ago").
func (f *finder) timePhraseWord(k int) bool {
	t := f.toks[k]
	if t.kind != kWord {
		return false
	}
	if t.class&wTime != 0 || f.lowerIs(k, "on") {
		return true
	}
	if f.de {
		return false
	}
	if t.flags&fDigit != 0 {
		return true
	}
	if t.flags&fLower == 0 {
		return false
	}
	switch f.word(k) {
	case "ago", "than", "less", "more", "two", "three", "four", "five", "six", "several", "few",
		"days", "weeks", "months", "years", "hours", "decades":
		return true
	}
	return false
}

// cueSpeakerBefore returns the named speaker of the attribution whose cue
// ends right before token k, optionally followed by "that" ("said he").
func (f *finder) cueSpeakerBefore(k int) *Speaker {
	if f.lowerIs(k-1, "that") {
		k--
	}
	for x := len(f.attrs) - 1; x >= 0 && x >= len(f.attrs)-6; x-- {
		if at := &f.attrs[x]; at.cueE == k && at.spk != nil && at.spk.Named {
			return at.spk
		}
	}
	return nil
}

// capSurname: the capitalised function word at k ends the name before it
// ("said Lee Down, who ...").
func (f *finder) capSurname(k, b int) bool {
	t := f.toks[k]
	if f.de || t.flags&fCap == 0 || k == 0 || f.toks[k-1].kind != kWord || f.toks[k-1].flags&fCap == 0 ||
		f.toks[k-1].class&(wTitle|wStop|wDet|wPrep) != 0 || f.toks[k-1].flags&fSentEnd != 0 {
		return false
	}
	return k+1 >= b || f.toks[k+1].kind != kWord || f.toks[k+1].flags&fCap == 0
}

// personName: bestName of [s,e) would be a person's name.
func (f *finder) personName(s, e int) bool {
	rs, re, ok := f.lastRun(s, e)
	if !ok {
		return false
	}
	ns, ne := f.nameCore(rs, re)
	return ne > ns && f.personLike(ns, ne) && (ne-ns >= 2 || f.names[f.word(ne-1)] != "")
}

// byAgent: the word at k is a lower-case past participle followed by "by"
// and a name ("audio released by Prairie Public Radio").
func (f *finder) byAgent(k, b int) bool {
	return !f.de && k+2 < b && f.toks[k].flags&fLower != 0 && strings.HasSuffix(f.word(k), "ed") && f.lowerIs(k+1, "by") && f.toks[k+2].flags&fCap != 0
}

// apposition: [s,e) reads like "Russia's deputy foreign minister" or "a Clinton backer".
func (f *finder) apposition(s, e int) bool {
	if e-s > 30 || e <= s || e-s == 1 && f.toks[s].class&wPron != 0 {
		return false
	}
	if f.toks[s].class&wDet != 0 {
		return true
	}
	w := f.word(s)
	if !f.de && (w == "Republican" || w == "Democrat" || w == "Independent") && e-s >= 3 && f.lowerIs(s+1, "of") || !f.de && partyState(w) {
		return true // "Alan Pierce, Republican of Ohio,", "Ruth Mays, R-Tenn.,"
	}
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
		return true
	}
	for k := s; k < e; k++ {
		if f.toks[k].flags&fLower != 0 && f.toks[k].class&wPrep == 0 {
			return true
		}
	}
	return false
}

// npFwd returns the noun phrase starting at token s: [s, e).
func (f *finder) npFwd(s, b int) (int, int) {
	toks := f.toks
	// skip time words: "said on Tuesday Mr. X" is rare; "said Tuesday" is not a source
	if s >= b || toks[s].kind != kWord || toks[s].flags&fIn != 0 {
		return s, s
	}
	if toks[s].class&(wTime|wSub|wAux|wPrep) != 0 && toks[s].class&(wPron|wDet) == 0 && !f.capName(s, b) || f.lowerIn(s, "that", "dass") {
		return s, s
	}
	if f.de && f.lowerIs(s, "sich") && s+1 < b {
		s++
	}
	if f.de && toks[s].class&wPrep != 0 {
		return s, s
	}
	e := s
	n := 0
	seenNoun := false
	for e < b && n < 16 {
		t := toks[e]
		if t.kind == kPunct && t.mark == '(' {
			m := e + 1
			for m < b && m < e+10 && !f.isPunct(m, ')') {
				m++
			}
			if m < b && f.isPunct(m, ')') {
				e = m + 1
				continue
			}
			break
		}
		if t.kind == kPunct && t.mark == ',' && seenNoun {
			// apposition: ", a Clinton backer,"
			m := e + 1
			for m < b && m < e+14 && toks[m].kind == kWord && toks[m].flags&fIn == 0 && !(f.isCue(m) && toks[m].flags&fCap == 0) && (toks[m].class&(wSub|wAux) == 0 || f.de && m == e+1 && toks[m].class&wDet != 0 && toks[e-1].flags&fCap != 0 && toks[e-1].class&wPron == 0 && m+1 < b && toks[m+1].kind == kWord && toks[m+1].class&(wDet|wPrep|wAux|wPron|wSubj) == 0 ||
				f.de && m > e+1 && toks[m].class&wDet != 0 && toks[m-1].flags&fCap != 0 && m+1 < b && toks[m+1].flags&fCap != 0) && !(f.de && (toks[m].class&wSubj != 0 || germanFinite(f.lowerWord(m)))) {
				m++
			}
			if !f.de && m < b && m < e+14 && toks[m].kind == kWord && f.lowerIn(m, "and", "who", "which") {
				// "a lecturer at the college and the head of ...", "a lawyer who once sued ...": to the sentence end
				if r := f.relativeEnd(m, b); r > 0 && (r >= b || toks[r].kind == kPunct) {
					m = r
				}
			}
			if m > e+1 && (m >= b || f.isPunct(m, ',') || f.isPunct(m, '.') || f.isPunct(m, '!') || f.isPunct(m, '?') || f.de && f.isPunct(m, ':')) && f.apposition(e+1, m) && toks[e+1].class&(wPrep|wTime) == 0 && !strings.HasSuffix(f.word(e+1), "ing") {
				e = m
			} else if m > e+1 && (m >= b || f.isPunct(m, ',') || f.isPunct(m, '.')) && f.nameRun(e+1, m) && (toks[s].class&wDet != 0 || possessiveWord(f.word(s)) || f.de && f.sourceNoun(s, s+1)) && (!f.de && (toks[e-1].flags&fLower != 0 || f.lowerTitle(s, e)) || f.de && f.hasTitle(s, e)) {
				// "said the company's chief executive, Mark T. Dolan."
				e = m
			} else if !f.de && f.lowerIn(e+1, "who", "whose") {
				// ", who represents Eastport": a relative clause closing the sentence
				if r := f.relativeEnd(e+1, b); r > 0 {
					e = r
				}
			}
			break
		}
		if t.kind == kWord && e > s && !f.de && f.lowerIn(e, "who", "whose") && toks[e-1].flags&fCap != 0 {
			if r := f.relativeEnd(e, b); r > 0 {
				e = r
			}
			break
		}
		if t.kind == kMark && e > s && toks[e-1].kind == kWord && (toks[e-1].class&wDet != 0 || seenNoun) {
			// a title in marks: "einem Bericht der „Nordsee-Post“", "the newspaper “The Courier”"
			if pi := f.firstPair(e); pi < len(f.pairs) && f.pairs[pi].open == e && f.pairs[pi].dropped && f.pairs[pi].closed && f.pairs[pi].close < b {
				e = f.pairs[pi].close + 1
				seenNoun = true
				n += 2
				continue
			}
		}
		if t.kind != kWord || t.flags&fIn != 0 {
			break
		}
		if e > s {
			if t.class&(wSub|wAux) != 0 && t.class&wDet == 0 && !(f.lowerIs(e, "and") && e+1 < b && toks[e+1].flags&fCap != 0 && toks[e-1].flags&fCap != 0) {
				break
			}
			if t.class&cueMask != 0 && t.flags&fCap == 0 && !f.nounCue(e) && !f.byAgent(e, b) &&
				!(!f.de && f.evidenceNoun(e) && e+1 < b && f.lowerIn(e+1, "by", "from")) {
				break
			}
			if t.class&wTime != 0 && !(t.flags&fCap != 0 && toks[e-1].flags&fCap != 0 && toks[e-1].class&wTime == 0 && !f.isWeekday(e)) {
				break // "said Trump Tuesday", but "USA Today", "Theresa May"
			}
			if t.class&wPrep != 0 && !(f.lowerIn(e, "of", "for") || f.de && (f.lowerIn(e, "von", "des") || f.placeAfterNoun(e, b))) && !f.capSurname(e, b) &&
				!(!f.de && f.lowerIn(e, "by", "from") && f.evidenceNoun(e-1) && f.toks[e-1].flags&fLower != 0) &&
				!(!f.de && e-1 > s && f.byAgent(e-1, b)) { // nor "audio provided by Lakeside Community Radio"
				if m := f.prepThenName(s, e, b); m > e {
					e = m // "the Canadian consul at the time, Paul R. Dunne."
				}
				break // but "an analysis by the Harlow Policy Institute"
			}
			if t.flags&fLower != 0 && strings.HasSuffix(f.word(e), "ing") &&
				!(!f.de && (e-1 == s && toks[s].class&wDet != 0 && toks[s].class&wPron == 0 || possessiveWord(f.word(e-1))) && e+1 < b && toks[e+1].kind == kWord && toks[e+1].class&(wDet|wPrep|wSub|wPron|wAux) == 0) {
				break // but "a rising star", "the ruling party": an adjective
			}
			if f.de && seenNoun && toks[e-1].kind == kWord && toks[e-1].flags&fCap != 0 && (t.flags&fDigit != 0 || t.class&wDet != 0 && germanNewPhrase(f.lowerWord(e))) {
				break // an object after an inverted subject: "forderte Karin Vogt ein Verbot", "Behördenangaben 3.000 Besucher"
			}
			if f.de && t.flags&fLower != 0 && f.particle(e) && e+1 < b && toks[e+1].flags&fCap != 0 && toks[e-1].flags&fCap != 0 {
				// "Jonas de Groot", "Greta von der Heide": a name particle
			} else if f.de && t.flags&fLower != 0 && t.class&(wDet|wPrep) == 0 && seenNoun {
				// "des spanischen Zollfahnders": an adjective before a noun
				if !(e+1 < b && toks[e+1].flags&fCap != 0 && (toks[e-1].class&wDet != 0 && germanAdj(f.word(e)) ||
					strings.HasSuffix(f.word(e), "er") && f.sourceNoun(e-1, e)) && toks[e+1].kind == kWord && toks[e+1].flags&fIn == 0) {
					// but "Angaben libanesischer Sicherheitskreise": a genitive after a source noun
					break
				}
			}
		}
		if t.flags&(fCap|fDigit) != 0 || t.class&wDet == 0 {
			seenNoun = true
		}
		n++
		e++
	}
	// trailing prepositions or determiners
	for e > s && toks[e-1].kind == kWord && toks[e-1].class&(wPrep|wDet|wSub) != 0 && toks[e-1].class&wPron == 0 {
		e--
	}
	return s, e
}

// ---------------------------------------------------------------------------
// speakers

var pronounPerson = map[string]bool{"he": true, "she": true, "him": true, "her": true, "er": true, "sie": false}

// speaker builds the speaker of the source [s,e).
func (f *finder) speaker(s, e int) *Speaker {
	toks := f.toks
	for e > s && toks[e-1].kind == kPunct && toks[e-1].mark != ')' && toks[e-1].mark != '%' {
		if toks[e-1].mark == '.' && e-2 >= s && toks[e-1].flags&fSpace == 0 && toks[e-2].kind == kWord && toks[e-2].flags&fCap != 0 && len(f.word(e-2)) <= 4 && e < len(toks) && f.isPunct(e, ',') {
			break // an abbreviation: "Allentown, Pa."
		}
		e--
	}
	if e <= s {
		return nil
	}
	// a dateline before the source: "DENVER, May 3 (UPI) — The State Election Board"
	for k := s; k < e-1 && k < s+12; k++ {
		if f.isPunct(k, '-') {
			if k > s && allUpper(f.word(s)) && len(f.word(s)) > 2 {
				s = k + 1
			}
			break
		}
		if toks[k].kind == kWord && toks[k].flags&fLower != 0 {
			break
		}
	}
	if !f.de && e-s >= 2 && toks[e-1].kind == kWord && toks[e-1].flags&fLower != 0 && toks[e-2].kind == kWord && toks[e-2].flags&fCap != 0 &&
		(strings.HasSuffix(f.word(e-1), "ed") || irregularPast[f.word(e-1)]) && toks[e-1].class&(wTitle|wOrg) == 0 {
		e-- // a verb the cue did not cover: "the city council expressed"
	}
	sp := &Speaker{Span: Span{Start: toks[s].s, End: toks[e-1].e}}
	sp.Text = f.text[sp.Start:sp.End]
	if e-s == 1 && !f.de && toks[s].class&wPron == 0 {
		// "he'll", "she’s": a pronoun with a contracted verb
		w := f.lowerWord(s)
		if i := strings.IndexAny(w, "'\u2019"); i > 0 {
			switch w[:i] {
			case "he", "she":
				sp.Pronoun = true
				sp.Name = sp.Text
				f.personal(sp, s, w[:i] == "she")
				return sp
			}
		}
	}
	if e-s == 1 && !f.de && toks[s].class&wPron == 0 && f.lowerIn(s, "his", "her") {
		sp.Pronoun = true
		sp.Name = sp.Text
		f.possessive(sp, s)
		return sp
	}
	if e-s == 1 && toks[s].class&wPron != 0 {
		sp.Pronoun = true
		w := f.lowerWord(s)
		if i := strings.IndexAny(w, "'\u2019"); i > 0 && !f.de && (w[:i] == "he" || w[:i] == "she") {
			w = w[:i] // "he’ll": the pronoun of a contraction
		}
		sp.Name = sp.Text
		switch {
		case !f.de && (w == "he" || w == "she"):
			f.personal(sp, s, w == "she")
		case w == "he" || w == "she" || w == "er" || (w == "sie" && f.de && f.lastGroup == ""):
			g := byte('m')
			if w == "she" || w == "sie" {
				g = 'f'
			}
			if n := f.antecedent(g); n != "" {
				sp.Name, sp.Named = n, true
			}
		case !f.de && (w == "his" || w == "him" || w == "her" || w == "himself" || w == "herself"):
			f.possessive(sp, s)
		case w == "who":
			// "Ellen K. Moss, who said", "Ellen Moss - who said"
			if s >= 2 && (f.isPunct(s-1, ',') || f.isPunct(s-1, '-') && !f.de) {
				if s2 := f.npBack(s-2, f.sentStart(s-2)); s2 >= 0 {
					if n := f.properName(s2, s-1); n != "" {
						sp.Name, sp.Named = n, true
					}
				}
			} else if !f.de {
				// "Ben Harlan, an Ohio delegate who said": the name before the apposition
				a := f.sentStart(s)
				for c := s - 1; c > a && c > s-14; c-- {
					if f.toks[c].kind == kMark || f.toks[c].flags&fIn != 0 {
						break
					}
					if f.isPunct(c, ',') {
						if f.apposition(c+1, s) && f.toks[c-1].flags&fCap != 0 {
							if s2 := f.npBack(c-1, a); s2 >= 0 && f.personLike(s2, c) {
								if n := f.properName(s2, c); n != "" {
									sp.Name, sp.Named = n, true
								}
							}
						}
						break
					}
				}
			}
		case w == "they" || w == "we" || w == "sie" || w == "wir":
			if f.lastGroup != "" {
				sp.Name = f.lastGroup
			}
			if w == "they" && !f.de {
				// "Farmers got upset because they ...": a plural subject earlier in the sentence
				if cs, ce := f.clauseSubject(f.sentStart(s), s); ce > cs && ce-cs <= 6 && f.toks[ce-1].class&wPron == 0 && strings.HasSuffix(f.lowerWord(ce-1), "s") {
					for cs < ce-1 && f.toks[cs].class&wDet != 0 && f.toks[cs].flags&fCap == 0 {
						cs++
					}
					sp.Name = f.text[f.toks[cs].s:f.toks[ce-1].e]
					sp.Named = f.toks[ce-1].flags&fCap != 0
				}
			}
		}
		return sp
	}
	// the head: before an apposition comma
	h := e
	for k := s; k < e; k++ {
		if f.isPunct(k, ',') || f.isPunct(k, '(') {
			h = k
			break
		}
	}
	if n := f.bestName(s, e); n != "" {
		sp.Name, sp.Named = n, true
	} else {
		ns := s
		for ns < h && (f.lowerIn(ns, "the", "a", "an") || f.de && f.toks[ns].class&wDet != 0 && len(f.word(ns)) <= 4) {
			ns++
		}
		if ns >= h {
			ns = s
		}
		sp.Name = f.text[toks[ns].s:toks[h-1].e]
	}
	return sp
}

// bestName returns the proper name a source [s,e) is about: the first
// person-like name among its segments (cut at commas, brackets, "of" and
// relative pronouns), else the first name of any kind.
func (f *finder) bestName(s, e int) string {
	toks := f.toks
	var segBuf [16][2]int // on the stack unless a source has more segments
	segs := segBuf[:0]
	st := s
	depth := 0
	for k := s; k <= e; k++ {
		if k < e {
			if f.isPunct(k, '(') {
				if depth == 0 && k > st {
					segs = append(segs, [2]int{st, k})
				}
				depth++
			}
			if f.isPunct(k, ')') && depth > 0 {
				depth--
				if depth == 0 {
					st = k + 1
				}
				continue
			}
			if depth > 0 {
				continue
			}
		}
		if k == e || f.isPunct(k, ',') || f.isPunct(k, '(') || toks[k].kind == kMark || toks[k].kind == kWord && toks[k].flags&fCap == 0 && toks[k].class&(wPrep|wSub) != 0 {
			if k > st {
				segs = append(segs, [2]int{st, k})
			}
			st = k + 1
		}
	}
	best, bestScore := -1, 0
	var namedBuf [16]bool
	named := namedBuf[:]
	if len(segs) > len(named) {
		named = make([]bool, len(segs))
	}
	for gi, g := range segs {
		rs, re, ok := f.lastRun(g[0], g[1])
		if !ok {
			continue
		}
		cs, ce := f.nameCore(rs, re)
		if ce <= cs || f.de && ce-cs == 1 && f.sourceNoun(cs, cs+1) {
			continue // "Angaben der UN": the noun of the cue, not the source
		}
		if !f.de && gi > 0 && partyState(f.word(cs)) {
			continue // "Rep. Ruth Mays, R-Tenn."
		}
		if !f.de && ce == g[1] && gi+1 < len(segs) && toks[ce-1].class&wTitle != 0 && f.lowerIs(g[1], "of") {
			continue // a title continued by "of": "Former Secretary of Labor Ann Whitlow"
		}
		named[gi] = true
		score := 2
		titled := false
		for k := rs; k < cs; k++ {
			if toks[k].class&wTitle != 0 || isDemonym(f.word(k)) {
				titled = true
			}
		}
		if f.personLike(cs, ce) && (ce-cs >= 2 || titled || f.names[f.word(ce-1)] != "") {
			score = 4
			if f.solo[f.word(ce-1)] > 0 {
				score += 2 // the surname stands alone elsewhere: "Bucher said"
			}
			if titled {
				score++ // after a title
			}
		}
		if gi == 0 && f.de && score >= 4 && rs == g[0] {
			score += 5 // a person named first: "Peter Lanz, der Innenminister Valdoniens"
		}
		if gi == 0 && !f.de {
			score++ // the head comes first
			if score >= 5 {
				score += 4 // a person named first: "Neil Carver, a former adviser to Whitlow"
			}
		}
		if g[0] > s && toks[g[0]-1].kind == kMark {
			score++ // a name in marks after its noun: "des Magazins „Der Kompass“"
		}
		if re < g[1] && toks[re].flags&fLower != 0 && toks[re].class&wDet == 0 && !f.de && !possessiveWord(f.word(re-1)) && !f.evidenceNoun(re) && !speechNouns[f.lowerWord(re)] {
			score -= 3 // a modifier: "a Tulsa company"
		}
		if score > bestScore {
			best, bestScore = gi, score
		}
	}
	if best < 0 {
		return ""
	}
	name := f.properName(segs[best][0], segs[best][1])
	// coordinated names: "Ann Whitlow and Neil Carver"
	if best+1 < len(segs) && named[best+1] && f.lowerIs(segs[best+1][0]-1, "and") {
		if n2 := f.properName(segs[best+1][0], segs[best+1][1]); n2 != "" {
			name += " and " + n2
		}
	}
	return name
}

// lastRun returns the last run of capitalised words in [s,e).
func (f *finder) lastRun(s, e int) (int, int, bool) {
	toks := f.toks
	re := -1
	for k := e - 1; k >= s; k-- {
		if toks[k].kind == kWord && toks[k].flags&fCap != 0 && (toks[k].class&wTime == 0 || k > s && toks[k-1].flags&fCap != 0 && toks[k-1].class&(wTime|wTitle) == 0 && toks[k-1].kind == kWord && !f.isWeekday(k-1)) {
			re = k + 1
			break
		}
	}
	if re < 0 {
		return 0, 0, false
	}
	rs := re - 1
	for rs > s && toks[rs-1].kind == kWord && (toks[rs-1].flags&fCap != 0 && (toks[rs-1].class&wTime == 0 || f.monthFirstName(rs-1)) || f.particle(rs-1) && rs-2 >= s && toks[rs-2].flags&fCap != 0) {
		if w := f.word(rs - 1); strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
			break
		}
		rs--
	}
	return rs, re, true
}

// properName returns the last proper name in [s,e), titles stripped, in its
// fullest form, and records it for pronouns.
func (f *finder) properName(s, e int) string {
	toks := f.toks
	// the last capitalised run ("Theresa May", not "Trump Tuesday")
	re := -1
	for k := e - 1; k >= s; k-- {
		if toks[k].kind == kWord && toks[k].flags&fCap != 0 && (toks[k].class&wTime == 0 || !f.de && k > s && !f.isWeekday(k) && toks[k-1].kind == kWord && toks[k-1].flags&fCap != 0 && toks[k-1].class&(wTime|wTitle) == 0) {
			re = k + 1
			break
		}
	}
	if re < 0 {
		return ""
	}
	rs := re - 1
	for rs > s && toks[rs-1].kind == kWord && (toks[rs-1].flags&fCap != 0 && (toks[rs-1].class&wTime == 0 || f.monthFirstName(rs-1)) || f.particle(rs-1) && rs-2 >= s && toks[rs-2].flags&fCap != 0) {
		if w := f.word(rs - 1); strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
			break
		}
		rs--
	}
	cs, ce := f.nameCore(rs, re)
	if ce <= cs {
		return ""
	}
	// a lone capitalised common word at the sentence start: "Lawmakers", "Officials"
	if ce-cs == 1 && toks[cs].flags&fPara == 0 && (cs == 0 || toks[cs-1].flags&fSentEnd != 0) && f.names[f.word(cs)] == "" && toks[cs].class == 0 && strings.HasSuffix(f.word(cs), "s") {
		return ""
	}
	name := f.text[toks[cs].s:toks[ce-1].e]
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "\u2019s")
	full := f.fullName(name)
	if f.personLike(cs, ce) && (ce-cs >= 2 || full != name || rs < cs || !allUpper(name) && toks[cs].class == 0) {
		f.setPerson(full, rs, e)
	} else if !f.personLike(cs, ce) {
		f.lastGroup = full
	}
	return full
}

// subject records the person named first in the sentence [a,b) as the
// antecedent of later pronouns: "Alexander Lavrentyev will lead ... He stressed".
func (f *finder) subject(a, b int) {
	toks := f.toks
	for i := a; i < b && i < a+25; i++ {
		t := toks[i]
		if t.flags&fIn != 0 || t.kind == kMark {
			return
		}
		if t.kind != kWord {
			continue
		}
		if t.class&(wVerb|wAux) != 0 && t.flags&fCap == 0 {
			return // past the subject
		}
		if t.flags&fCap == 0 || t.class&(wStop|wTime) != 0 {
			continue
		}
		if i > a && toks[i-1].kind == kWord && toks[i-1].class&wPrep != 0 && !f.lowerIs(i-1, "of") {
			// skip a name in a prepositional phrase
			j := i
			for j < b && toks[j].flags&fCap != 0 {
				j++
			}
			i = j - 1
			continue
		}
		j := i
		for j < b && toks[j].kind == kWord && (toks[j].flags&fCap != 0 || f.particle(j)) {
			if w := f.word(j); strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
				j = -1
				break
			}
			j++
		}
		if j < 0 {
			// a possessive: "President's special envoy"; keep looking
			for i+1 < b && toks[i+1].flags&fCap != 0 {
				i++
			}
			continue
		}
		cs, ce := f.nameCore(i, j)
		if ce > cs && f.personLike(cs, ce) {
			name := f.fullName(f.text[toks[cs].s:toks[ce-1].e])
			if ce-cs >= 2 || name != f.text[toks[cs].s:toks[ce-1].e] || cs > i {
				f.setPerson(name, i, j)
				st, en := toks[i].s, toks[j-1].e
				f.subjSpk = &Speaker{Span: Span{st, en, f.text[st:en]}, Name: name, Named: true}
				f.subjSent = -1
				return
			}
		}
		i = j - 1
	}
}

// ---------------------------------------------------------------------------
// output

func (f *finder) emit() {
	toks := f.toks
	var quotes []Quote
	for k := range f.attrs {
		x := &f.attrs[k]
		var cue *Span
		if x.cueS >= 0 && x.cueE > x.cueS {
			cue = &Span{Start: toks[x.cueS].s, End: toks[x.cueE-1].e}
			cue.Text = f.text[cue.Start:cue.End]
		}
		if len(x.pieces) > 0 {
			for _, pi := range x.pieces {
				p := &f.pairs[pi]
				s, e := f.inner(p)
				if e <= s {
					continue
				}
				kind := Direct
				if !f.pairIsSentence(p) && (x.cueS >= 0 || x.fragment) {
					kind = Partial
				}
				quotes = append(quotes, Quote{Span: Span{s, e, f.text[s:e]}, Kind: kind, Cue: cue, Speaker: x.spk, Confidence: conf(x.conf, x.spk)})
			}
			continue
		}
		if x.conE <= x.conS {
			continue
		}
		s, e := toks[x.conS].s, toks[x.conE-1].e
		kind := Indirect
		if x.marked && !f.de {
			kind = Partial
		}
		if x.marked && f.de {
			// German news marks direct fragments inside reported speech
			for pi := f.firstPair(x.conS); pi < len(f.pairs) && f.pairs[pi].open < x.conE; pi++ {
				p := &f.pairs[pi]
				if p.dropped {
					continue
				}
				ps, pe := f.inner(p)
				if pe > ps {
					quotes = append(quotes, Quote{Span: Span{ps, pe, f.text[ps:pe]}, Kind: Direct, Cue: cue, Speaker: x.spk, Confidence: conf(x.conf-0.1, x.spk)})
				}
			}
		}
		quotes = append(quotes, Quote{Span: Span{s, e, f.text[s:e]}, Kind: kind, Cue: cue, Speaker: x.spk, Confidence: conf(x.conf, x.spk)})
	}
	// marked quotes without a cue: whole sentences continue the last speaker
	byEnd := make([]int, len(quotes))
	for k := range byEnd {
		byEnd[k] = k
	}
	sort.Slice(byEnd, func(i, j int) bool { return quotes[byEnd[i]].End < quotes[byEnd[j]].End })
	nq := len(quotes)
	next := 0
	var best *Quote
	for pi := range f.pairs {
		p := &f.pairs[pi]
		if p.used || p.dropped {
			continue
		}
		s, e := f.inner(p)
		if e <= s {
			continue
		}
		nw := 0
		allCap := true
		for j := p.open + 1; j < p.close; j++ {
			if toks[j].kind == kWord {
				nw++
				if toks[j].flags&fCap == 0 && toks[j].class&(wDet|wPrep|wSub) == 0 {
					allCap = false
				}
			}
		}
		if (nw < 3 || allCap) && !(toks[p.open].mark == mCJKL || toks[p.open].mark == mCJK2L) {
			continue
		}
		kind := Partial
		c := 0.3
		if f.pairIsSentence(p) {
			kind = Direct
			c = 0.5
		}
		q := Quote{Span: Span{s, e, f.text[s:e]}, Kind: kind, Confidence: c}
		// the speaker of the closest preceding attributed quote
		for next < nq && quotes[byEnd[next]].End <= s {
			if k := byEnd[next]; quotes[k].Speaker != nil && !strings.EqualFold(quotes[k].Speaker.Text, "who") {
				best = &quotes[k]
			}
			next++
		}
		if kind == Direct || !f.de && p.open > 0 && toks[p.open-1].flags&fSentEnd != 0 {
			// a statement, or a quote opening its sentence: "''I wouldn't call it progress ...'' for the new plan."
			o := p.open
			follows := false
			if best != nil && best.End <= toks[o].s {
				between := f.text[best.End:toks[o].s]
				breaks := strings.Count(strings.TrimSpace(between), "\n\n") + strings.Count(strings.TrimSpace(strings.ReplaceAll(between, "\n\n", "")), "\n")
				// the next paragraph, or the next sentence of the same paragraph
				follows = toks[o].flags&fPara != 0 && breaks == 0 || o > 0 && toks[o-1].flags&fSentEnd != 0 && !strings.Contains(between, "\n")
			}
			if best != nil && s-best.End < 1500 && follows {
				q.Speaker = best.Speaker
				q.Confidence = 0.6
			}
		}
		if p.closed {
			if sp := f.signatureBelow(p.close + 1); sp != nil {
				q.Speaker = sp // "...pay no fees." / - Moreno.
				q.Confidence = 0.5
			}
		}
		quotes = append(quotes, q)
	}
	for k := range quotes {
		f.transcriptLabel(&quotes[k])
	}
	sort.SliceStable(quotes, func(i, j int) bool { return quotes[i].Start < quotes[j].Start })
	f.out = append(f.out, quotes...)
}

func conf(c float64, s *Speaker) float64 {
	if s == nil {
		c -= 0.2
	} else if s.Pronoun && !s.Named {
		c -= 0.1
	}
	if c > 0.99 {
		c = 0.99
	}
	if c < 0.05 {
		c = 0.05
	}
	return c
}

// pairIsSentence: the marked quote stands as a statement of its own: it
// opens its sentence (or follows a colon or comma) and ends it or is
// followed by the attribution.
func (f *finder) pairIsSentence(p *pair) bool {
	toks := f.toks
	o := p.open
	startOK := o == 0 || toks[o].flags&fPara != 0 || toks[o-1].flags&fSentEnd != 0 || f.isPunct(o-1, ':') || f.isPunct(o-1, ',') || f.isPunct(o-1, '-') || toks[o-1].flags&fUsed != 0
	if !startOK {
		// "said Tuesday: ..." handled by the colon; a cue right before the mark
		if o > 0 && toks[o-1].class&cueMask != 0 && !(o >= 2 && toks[o-2].kind == kWord && toks[o-2].class&wDet != 0 && f.lowerIs(o-2, "the")) {
			startOK = true // but not "the term "affordable housing crisis""
		}
	}
	if !startOK {
		return false
	}
	if !p.closed {
		return true
	}
	// ends in punctuation inside the marks, or the sentence ends at the mark
	if p.close > 0 && toks[p.close-1].kind == kPunct && (toks[p.close-1].mark == '.' || toks[p.close-1].mark == ',' || toks[p.close-1].mark == '!' || toks[p.close-1].mark == '?' || toks[p.close-1].mark == '-') {
		return true
	}
	return toks[p.close].flags&fSentEnd != 0 || p.close+1 < len(toks) && toks[p.close+1].kind == kPunct
}

// auxLike: an auxiliary, negation or adverb between a subject and its verb:
// "has", "didn't", "twice", "immediately".
func (f *finder) auxLike(i int) bool {
	t := f.toks[i]
	if t.kind != kWord || t.flags&(fIn|fCap) != 0 || t.class&wPron != 0 {
		return false
	}
	if t.class&wAux != 0 {
		return true
	}
	w := f.word(i)
	if f.de {
		return false
	}
	return strings.HasSuffix(w, "ly") && len(w) > 4 && t.class&cueMask == 0 || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n\u2019t")
}

// sentStartBack returns the first token of the sentence ending at or holding token k.
func (f *finder) sentStartBack(k int) int {
	for j := k; j > 0 && j > k-400; j-- {
		if f.toks[j-1].flags&fSentEnd != 0 {
			return j
		}
	}
	return max(0, k-400)
}

// apposBack finds "Name, apposition," ending at the comma at token j: the
// start of the name, or -1.
func (f *finder) apposBack(j, a int) int {
	if s := f.apposBack1(j, a); s >= 0 || f.de {
		if s >= 0 && !f.de {
			if s2 := f.ageAndPlaceBack(s, a); s2 >= 0 {
				return s2 // "Carl Ruiz, 41, of Boise, Idaho, who ..."
			}
		}
		return s
	}
	if s := f.whoBack(j, a); s >= 0 {
		return s
	}
	// "Mabel Grant, of Dover, Del., said": a place after the name
	if j+1 < len(f.toks) && j-2 > a && f.isPunct(j-1, '.') && f.toks[j-1].flags&fSpace == 0 && f.toks[j-2].flags&fCap != 0 {
		return f.ageAndPlaceBack(j+1, a)
	}
	return -1
}

// whoBack finds "Name, who ... , ... ," ending at the comma at token j: a
// relative clause holding commas of its own ("who lost her son in
// Dayton, Ohio, in May 2009,"); the start of the name, or -1.
func (f *finder) whoBack(j, a int) int {
	toks := f.toks
	for k := j - 1; k > a+1 && k > j-40; k-- {
		if toks[k].flags&fIn != 0 || toks[k].kind == kMark || toks[k].flags&fSentEnd != 0 {
			return -1
		}
		if toks[k].kind == kWord && toks[k].class&wVerb != 0 && toks[k].class&wWeak == 0 && f.isCue(k) && !f.lowerIs(k-1, "who") {
			return -1 // another attribution in between
		}
		if f.lowerIn(k, "who", "whose") && f.isPunct(k-1, ',') && toks[k-2].kind == kWord && toks[k-2].flags&fCap != 0 {
			if s := f.npBack(k-2, a); s >= 0 && f.opensClause(s, a) {
				if s2 := f.ageAndPlaceBack(s, a); s2 >= 0 {
					return s2 // "Carl Ruiz, 41, of Boise, Idaho, who ..."
				}
				return s
			}
			return -1
		}
	}
	return -1
}

func (f *finder) apposBack1(j, a int) int {
	toks := f.toks
	for k := j - 1; k > a && k > j-40; k-- {
		if toks[k].flags&fIn != 0 || toks[k].kind == kMark && !f.possApos(k) {
			return -1
		}
		if f.isPunct(k, ',') {
			if (f.nameRun(k+1, j) || f.titledName(k+1, j)) && toks[k-1].kind == kWord && (toks[k-1].flags&fCap == 0 || f.de && (f.hasTitle(max(k-8, a), k) || k-2 >= a && toks[k-2].class&wDet != 0 && toks[k-2].class&wPrep == 0)) {
				// "her chief legal adviser, Omar Brandt, said": a description, then the name
				if s := f.npBack(k-1, a); s >= 0 && s < k-1 && (toks[s].class&wDet != 0 || possessiveWord(f.word(s))) && f.apposition(s, k) && f.opensClause(s, a) {
					return s
				}
				return -1
			}
			if !f.apposition(k+1, j) && !f.lowerIn(k+1, "who", "which") {
				return -1
			}
			if t := toks[k+1]; t.class&wPrep != 0 && t.class&wDet == 0 || t.flags&fLower != 0 && strings.HasSuffix(f.word(k+1), "ly") {
				return -1 // "Moreno, to his credit,", "Farmers, historically,"
			}
			if toks[k-1].kind == kWord && toks[k-1].flags&fDigit != 0 && f.isPunct(k-2, ',') {
				// an age: "Tin Aye Win, 52, a teacher, said"
				k -= 2
			}
			if toks[k-1].kind == kWord && toks[k-1].flags&fCap != 0 || f.isPunct(k-1, ')') {
				// "Rita Olsen, the president of Civic Ledger, a watchdog group ..., said"
				if s := f.apposBack(k, a); s >= 0 && s < k-1 && toks[s].flags&fCap != 0 {
					return s
				}
				// the head must open its clause: not "In addition to Mr. Fenwick, ..."
				if s := f.npBack(k-1, a); s >= 0 && (s == a || !f.isWord(s-1, a, len(toks)) || toks[s-1].class&wSub != 0 && (toks[s-1].class&wPrep == 0 || f.subordinator(s-1))) {
					return s
				}
			}
			if toks[k-1].kind == kWord && f.lowerIn(k+1, "who", "whose", "which") {
				// "The aide, who asked not to be named, said"
				if s := f.npBack(k-1, a); s >= 0 && f.opensClause(s, a) {
					return s
				}
			}
			return -1
		}
		if toks[k].kind == kPunct && toks[k].mark != '(' && toks[k].mark != ')' && toks[k].mark != '.' && toks[k].mark != '-' {
			return -1
		}
	}
	return -1
}

// pastComma returns the token after the first comma in [s,lim), or s when
// there is none.
func (f *finder) pastComma(s, lim int) int {
	for k := s; k < lim; k++ {
		if f.isPunct(k, ',') {
			return k + 1
		}
	}
	return s
}

// sentSubject returns the noun phrase that opens the sentence [a, lim):
// "When asked, Ms. Lomax smiled and said".
func (f *finder) sentSubject(a, lim int) (int, int) {
	toks := f.toks
	s := a
	for s < lim && toks[s].kind != kWord {
		s++
	}
	if s < lim && allUpper(f.word(s)) && len(f.word(s)) > 2 {
		// a dateline: "GREEN BAY, Wis. - Sen. Ann Whitlow ..."
		for k := s; k < lim && k < s+10; k++ {
			if toks[k].kind == kPunct && toks[k].mark == '-' {
				s = k + 1
				break
			}
		}
	}
	if !f.de {
		// a dateline with an agency: "Oslo (AFP) – Vice President Dana Holt ..."
		for k := s; k+3 < lim && k < s+8; k++ {
			if f.isPunct(k, '(') && allUpper(f.word(k+1)) && f.isPunct(k+2, ')') && f.isPunct(k+3, '-') {
				s = k + 4
				break
			}
		}
	}
	if s < lim && (toks[s].class&wPrep != 0 && toks[s].class&wPron == 0 || f.openingParticiple(s, lim)) {
		// an opening phrase: "At Monday's forum, Moreno ...", "Making his way through ..., Whitlow"
		s = f.pastComma(s, lim)
	}
	for s < lim && (toks[s].kind != kWord || toks[s].class&(wStop|wSub) != 0 && toks[s].class&(wDet|wPron) == 0 && !f.monthFirstName(s)) {
		s++
	}
	if s < lim && toks[s].class&wPrep != 0 || s > a && toks[s-1].class&wSub != 0 && !f.coordinator(s-1) {
		// skip an opening clause up to its comma
		s = f.pastComma(s, lim)
	}
	if s >= lim {
		return 0, 0
	}
	ss, e := f.npFwd(s, lim)
	e = f.subjectEnd(ss, e)
	if e-ss >= 2 && !f.de && f.headline(a, lim) {
		e = f.headlineVerb(ss, e)
	}
	if e > ss && (e-ss <= 8 || e-ss <= 16 && f.hasComma(ss, e)) {
		// "Freedonia's far-right People's Front party leader, Ilse Brandt"
		return ss, e
	}
	return 0, 0
}

// headlineVerb cuts the title-case subject [s,e) of a headline before its
// verb: "Mayor Addresses Harbor Fire", "Ilse Brandt Backs Whitlow".
func (f *finder) headlineVerb(s, e int) int {
	toks := f.toks
	first := e
	for k := s + 1; k < e && k <= s+4; k++ {
		t := toks[k]
		if t.kind != kWord || t.flags&fCap == 0 {
			break
		}
		w := f.word(k)
		if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != '\'' && t.class&(wOrg|wTitle|wStop) == 0 && !isDemonym(w) {
			n := s
			if possessiveWord(f.word(n)) {
				n++ // "Freedonia’s Ilse Brandt"
			}
			cs, ce := f.nameCore(n, k)
			if ce <= cs || !f.personLike(cs, ce) {
				break
			}
			if t.class&(wVerb|wTell) != 0 {
				return k // a known verb wins over a surname in -s ("Ada Jennings Slams ...")
			}
			if first == e {
				first = k
			}
		}
	}
	return first
}

// coordinator: the word at k joins clauses of equal rank ("But the other
// candidate ..."), so no subordinate clause opens after it.
func (f *finder) coordinator(k int) bool {
	return f.lowerIn(k, "and", "but", "or", "yet", "so", "nor")
}

// hasComma: [s,e) holds a comma (an apposition, the end of an opening clause).
func (f *finder) hasComma(s, e int) bool {
	for k := s; k < e; k++ {
		if f.isPunct(k, ',') {
			return true
		}
	}
	return false
}

// participleSubject returns the subject of the sentence [a, cs) when the
// cue at cs is a participle after a comma that closes the main clause
// ("Mr. Ostrov came close to a confession ..., saying"), or 0, 0. A
// coordinated clause between them ("..., and Sanders replied, saying") has
// a subject of its own: then it returns 0, 0.
func (f *finder) participleSubject(a, cs int) (int, int) {
	toks := f.toks
	if f.de || cs <= a+2 || cs >= len(toks) || !f.isPunct(cs-1, ',') || toks[cs].class&wParticiple == 0 {
		return 0, 0
	}
	s, e := f.sentSubject(a, cs)
	if e <= s || e >= cs-1 {
		return 0, 0
	}
	for k := e; k < cs-1; k++ {
		t := toks[k]
		if t.kind == kMark || t.flags&fIn != 0 || f.isPunct(k, ';') || f.isPunct(k, ':') {
			return 0, 0
		}
		if t.kind == kWord && t.class&wSub != 0 && k > e && (f.isPunct(k-1, ',') || f.lowerIn(k, "but", "while", "when", "as")) {
			return 0, 0 // "..., and Sanders replied, saying", "..., while Clinton ..."
		}
	}
	return s, e
}

// subjectBeforeVerb: the nearest clause subject before lim is followed by
// a finite verb ("Days later, Holt returned the favor, telling").
func (f *finder) subjectBeforeVerb(a, lim int) bool {
	_, e := f.clauseSubjectOpt(a, lim, true)
	if e <= a || e >= lim {
		return false
	}
	t := f.toks[e]
	if t.kind != kWord || t.flags&fLower == 0 {
		return false
	}
	w := f.word(e)
	return t.class&wAux != 0 || strings.HasSuffix(w, "ed") || irregularPast[w] || t.class&(wVerb|wTell) != 0 && t.class&wParticiple == 0 && !strings.HasSuffix(w, "ing")
}

// openingParticiple: the capitalised word at s opens a participle phrase
// ("Making his way through ...,", "Asked about it,"), not a name such as
// "Ted Cruz" or "Irving Kristol".
func (f *finder) openingParticiple(s, lim int) bool {
	t := f.toks[s]
	if t.flags&fCap == 0 || t.class&(wStop|wDet) != 0 {
		return false
	}
	w := f.word(s)
	if !(strings.HasSuffix(w, "ing") && len(w) >= 6 || strings.HasSuffix(w, "ed") && len(w) >= 5) {
		return false
	}
	n := s + 1
	return !(n < lim && f.toks[n].kind == kWord && f.toks[n].flags&fCap != 0 && f.toks[n].class&wTime == 0)
}

// subjectEnd cuts the noun phrase [s,e) before its first likely verb:
// "Rubio hit", "The city charter makes".
func (f *finder) subjectEnd(s, e int) int {
	toks := f.toks
	inName := false
	nouns := 0
	for k := s; k < e; k++ {
		t := toks[k]
		if t.kind != kWord {
			inName = false
			continue
		}
		w := f.word(k)
		if t.class&(wDet|wPrep) != 0 && t.class&wPron == 0 || f.particle(k) || f.lowerIs(k, "and") {
			inName = false
			continue
		}
		if t.flags&fCap != 0 {
			inName = true
			continue
		}
		if inName && k > s {
			pw := f.word(k - 1)
			poss := strings.HasSuffix(pw, "'s") || strings.HasSuffix(pw, "\u2019s") || isDemonym(pw)
			if !poss && t.class&(wTitle|wOrg) == 0 {
				return k // a lower-case word right after a name: its verb
			}
			inName = false
		}
		if nouns > 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
			return k
		}
		nouns++
	}
	return e
}

func germanAdj(w string) bool {
	for _, suf := range []string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// clauseWithCue: tokens from k read "[and|but|while] NP cue-verb": a new
// clause with an attribution of its own.
func (f *finder) clauseWithCue(k, b int) bool {
	toks := f.toks
	if k < b && toks[k].kind == kWord && f.lowerIn(k, "and", "but", "while", "whereas", "und", "aber") {
		k++
	}
	n := 0
	for j := k; j < b && n < 8; j, n = j+1, n+1 {
		t := toks[j]
		if t.kind != kWord || t.flags&fIn != 0 {
			return false
		}
		if j > k && f.isCue(j) && t.class&wVerb != 0 && t.class&(wWeak|wAmbig|wParticiple) == 0 && t.flags&fCap == 0 {
			return true
		}
		if t.class&(wThat|wPrep) != 0 && t.class&wPron == 0 && j > k {
			return false
		}
	}
	return false
}

// markedClause attributes the marked fragment pi to the subject of its
// sentence when the verb right after the subject governs it.
func (f *finder) markedClause(pi, a, b int) {
	toks := f.toks
	p := &f.pairs[pi]
	s, e := f.sentSubject(a, p.open)
	v := e
	if as, ae := f.apposSubject(a, p.open); ae > as && (e <= s || ae > e) {
		// "Joan Pratt, a former candidate for mayor, labeled Mr. Holt ''reckless''"
		s, e, v = as, ae, ae+1
	}
	if e <= s || e >= p.open {
		return
	}
	if v == e && v+1 < p.open && f.isPunct(v, ',') && f.hasComma(s, e) && !f.de {
		v++ // "Another critic, Martin J. Voss, likened ..."
	}
	for v < p.open && f.auxLike(v) {
		v++
	}
	if !f.hasNameOrPronoun(s, e) && !(v < p.open && toks[v].class&cueMask != 0) {
		return // a common-noun subject needs a cue verb: "The mayor called the decision "a disgrace""
	}
	if v >= p.open || toks[v].kind != kWord || toks[v].flags&(fLower|fIn) != fLower || toks[v].class&(wPrep|wDet|wSub) != 0 {
		return
	}
	// no other verb-like break between the verb and the mark
	for k := v + 1; k < p.open; k++ {
		if toks[k].kind == kPunct && toks[k].mark != ',' || toks[k].flags&fIn != 0 {
			return
		}
	}
	conS := v + 1
	conE := f.contentEnd(conS, b)
	if conE <= p.open {
		return
	}
	for k := v; k < v+1; k++ {
		toks[k].flags |= fUsed
	}
	x := attr{cueS: v, cueE: v + 1, srcS: s, srcE: e, conS: conS, conE: conE, conf: 0.45, marked: true}
	for k := f.firstPair(conS); k < len(f.pairs) && f.pairs[k].open < conE; k++ {
		f.pairs[k].used = true
	}
	f.attrs = append(f.attrs, x)
}

// hasProperName: the head of [s,e) (its last word before a comma or
// bracket) is a capitalised name, not at the sentence start unless the
// name is used elsewhere.
func (f *finder) hasProperName(s, e int) bool {
	h := e
	for k := s; k < e; k++ {
		if f.toks[k].kind == kPunct {
			h = k
			break
		}
	}
	if h <= s {
		return false
	}
	k := h - 1
	t := f.toks[k]
	if t.kind != kWord || t.flags&fCap == 0 || t.class&(wStop|wTime|wDet) != 0 || isDemonym(f.word(k)) {
		return false
	}
	return k > 0 && f.toks[k-1].flags&fSentEnd == 0 || f.solo[f.word(k)] > 1 || f.names[f.word(k)] != ""
}

// cueAtSentenceEnd returns the attribution whose cue ends the sentence that
// ends at token k, followed at most by a short adverbial: "X said Tuesday."
func (f *finder) cueAtSentenceEnd(k int) (*attr, int) {
	toks := f.toks
	for k >= 0 && toks[k].kind == kPunct {
		k--
	}
	e := k + 1
	for j := k; j >= 0 && j > k-8; j-- {
		if toks[j].kind != kWord || toks[j].flags&fIn != 0 {
			return nil, -1
		}
		if toks[j].class&(wVerb|wTell) != 0 && toks[j].class&(wWeak|wAmbig) == 0 && toks[j].flags&fCap == 0 {
			if j+1 < e && !f.onlyAdverbial(j+1, e) {
				return nil, -1
			}
			for x := len(f.attrs) - 1; x >= 0 && x >= len(f.attrs)-4; x-- {
				if at := &f.attrs[x]; at.cueS <= j && j < at.cueE && at.srcS >= 0 {
					return at, j
				}
			}
			if toks[j].flags&fUsed != 0 {
				return nil, -1
			}
			return nil, j
		}
	}
	return nil, -1
}

// titleLike: the marked words are a name or title: all capitalised apart
// from function words, or fewer than two words.
func (f *finder) titleLike(p *pair) bool {
	nw := 0
	for j := p.open + 1; j < p.close; j++ {
		t := f.toks[j]
		if t.kind != kWord {
			continue
		}
		nw++
		if t.flags&fCap == 0 && t.class&(wDet|wPrep|wSub) == 0 && t.flags&fDigit == 0 {
			return nw < 2 && j == p.close-1
		}
	}
	return true
}

// relativeEnd returns the end of a relative clause starting at token k when
// it runs to the end of the sentence, or 0.
func (f *finder) relativeEnd(k, b int) int {
	toks := f.toks
	e := k
	for e < b && e < k+30 {
		t := toks[e]
		if t.flags&fIn != 0 || t.kind == kMark {
			return 0
		}
		if t.kind == kPunct && (t.mark == '.' || t.mark == '!' || t.mark == '?' || t.mark == ';') {
			break
		}
		e++
	}
	if e >= k+30 {
		return 0
	}
	for e > k && toks[e-1].kind == kPunct {
		e--
	}
	return e
}

// colonName attributes the rest of a sentence that opens with a short name
// and a colon, as in headlines and transcripts: "Warren: Trump is a failure".
func (f *finder) colonName(a, b int) {
	toks := f.toks
	c := a
	for c < b && c < a+4 && toks[c].kind == kWord && toks[c].flags&(fCap|fIn) == fCap && toks[c].class&(wStop|wTime|wDet) == 0 {
		c++
	}
	if c == a || c >= b-1 || !f.isPunct(c, ':') || toks[c+1].flags&fOpen != 0 {
		return
	}
	if c-a == 1 && f.names[f.word(a)] == "" && !(allUpper(f.word(a)) && f.solo[f.word(a)] >= 2) {
		return // one word: a known surname, or a transcript speaker named again ("TAPPER:")
	}
	switch f.lowerWord(a) {
	case "report", "update", "updated", "watch", "read", "video", "photo", "photos", "note", "related",
		"source", "sources", "editor", "breaking", "exclusive", "correction", "advertisement", "opinion",
		"analysis", "listen", "follow", "more", "also", "see", "click", "subscribe", "share", "abstract",
		"full", "text", "transcript", "warning", "disclosure", "credit", "image", "caption", "tags", "topics",
		"bericht", "foto", "fotos", "quelle", "quellen", "mehr", "hinweis", "anmerkung":
		return
	}
	conE := b
	for conE > c+1 && toks[conE-1].kind == kPunct {
		conE--
	}
	if conE-(c+1) < 3 {
		return
	}
	toks[c].flags |= fUsed
	f.addIndirect(c, c+1, a, c, c+1, conE, false, 0.5)
}

var irregularPast = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`shot went came took made got gave ran sat stood fought struck hit put set let
		cut kept left held brought thought sought bought caught taught felt met lost won led spoke broke chose
		drove rose fell grew knew threw flew drew began sang rang swam ate wore tore bore swore hung dug
		stuck spun paid laid fled sent spent built lent meant dealt fired pushed`) {
		irregularPast[w] = true
	}
}

func (f *finder) isWeekday(k int) bool {
	switch f.lowerWord(k) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// evidenceNoun: token k is a noun for a source of evidence: "polls show",
// "the study found".
func (f *finder) evidenceNoun(k int) bool {
	if k < 0 || f.toks[k].kind != kWord {
		return false
	}
	switch f.lowerWord(k) {
	case "poll", "polls", "survey", "surveys", "study", "studies", "data", "report", "reports", "analysis", "average", "averages", "tally", "count",
		"research", "numbers", "figures", "results", "records", "documents", "statistics", "estimates",
		"polling", "review", "audit", "investigation", "report's", "memo", "filing", "filings", "emails",
		"email", "letter", "statement", "document", "ruling", "lawsuit", "complaint", "indictment", "court",
		"judge", "jury", "panel", "committee", "agency", "department", "campaign", "spokesman", "spokeswoman",
		"officials", "official", "aides", "aide", "advisers", "adviser", "experts", "analysts", "critics",
		"supporters", "opponents", "voters", "democrats", "republicans", "lawmakers", "leaders":
		return true
	}
	return false
}

// speechNouns are nouns of saying and stance that take the speaker as a
// possessive: "Holt's call for an independent audit".
var speechNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`call calls claim claims remarks remark comments comment statement statements
		assertion assertions promise promises pledge pledges criticism criticisms attack attacks accusation
		accusations suggestion suggestions proposal proposals plan plans decision endorsement support
		opposition view views position positions argument arguments warning warnings demand demands
		request requests insistence belief beliefs stance announcement description characterization vow
		vows threat threats praise refusal response reaction rhetoric message messages tweet tweets speech
		speeches words contention assessment prediction predictions complaint complaints concern concerns
		denial denials admission explanation answer answers testimony allegation allegations opinion
		insistence vision agenda policy policies idea ideas`) {
		speechNouns[w] = true
	}
}

// nominal finds "X's call for Y" and "his remarks about Y": the possessor
// is the source, the noun the cue, the phrase after it the content.
func (f *finder) nominal(i, a, b int) {
	toks := f.toks
	t := toks[i]
	if t.kind != kWord || t.flags&(fIn|fUsed) != 0 || toks[i+1].kind != kWord || toks[i+1].flags&(fIn|fUsed) != 0 {
		return
	}
	w := f.word(i)
	poss := false
	switch {
	case t.flags&fCap != 0 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s")):
		poss = true
	case t.class&wDet != 0 && f.lowerIn(i, "his", "her", "their"):
		poss = true
	}
	if !poss || !speechNouns[f.lowerWord(i+1)] {
		return
	}
	n := i + 2
	// "for", "that", "about", "of", "on", "to": the content follows
	if n >= b || toks[n].kind != kWord || !f.lowerIn(n, "for", "that", "about", "against") {
		return
	}
	conS := n
	if !f.lowerIs(n, "that") {
		conS = n + 1
	}
	conE := f.contentEnd(conS, b)
	if conE <= conS {
		return
	}
	// a possessive name: the whole name run before it
	s := i
	for s > a && toks[s-1].kind == kWord && toks[s-1].flags&fCap != 0 && toks[s-1].flags&fSentEnd == 0 && t.flags&fCap != 0 {
		s--
	}
	toks[i+1].flags |= fUsed
	f.addIndirect(i+1, i+2, s, i+1, conS, conE, false, 0.45)
}

// tailEnds: the noun phrase ending at token e closes the sentence (or is
// followed by an apposition or a participle): "..., said Bogdanov."
func (f *finder) tailEnds(e, b int) bool {
	toks := f.toks
	if e >= b || toks[e].kind == kPunct && (toks[e].mark == '.' || toks[e].mark == '!' || toks[e].mark == '?' || toks[e].mark == ';' || toks[e].mark == ':') || toks[e].kind == kMark {
		return true
	}
	if f.isPunct(e, ',') || f.isPunct(e, '-') {
		return true
	}
	// "said Holt in an interview", "said Holt on Tuesday"
	return toks[e].kind == kWord && toks[e].class&(wPrep|wTime) != 0 && toks[e].class&wDet == 0
}

// headBeforeComma returns the start of "Name, whatever apposition," ending
// at the comma at token j: the name must open its clause.
func (f *finder) headBeforeComma(j, a int) int {
	toks := f.toks
	for k := j - 1; k > a && k > j-20; k-- {
		if toks[k].flags&fIn != 0 || toks[k].kind == kMark {
			return -1
		}
		if f.isPunct(k, ',') || f.isPunct(k, '-') && f.isPunct(j, '-') {
			nameSeg := toks[j-1].flags&fCap != 0 && toks[j-1].kind == kWord // "one well-known critic, syndicated radio host Neil Carver,"
			if !(toks[k-1].kind == kWord && (toks[k-1].flags&fCap != 0 || nameSeg) || f.isPunct(k-1, ')')) {
				return -1 // "A longtime KTF official, Ray Mott, said": a name after a noun is fine
			}
			if s := f.npBack(k-1, a); s >= 0 && f.opensClause(s, a) {
				return s
			}
			return -1
		}
		if toks[k].kind == kPunct && toks[k].mark != '(' && toks[k].mark != ')' && toks[k].mark != '.' && toks[k].mark != '-' {
			return -1
		}
	}
	// no second comma: "Many guests at the gala — including ... —, said"
	if s := f.npBack(j-1, a); s >= 0 && s == a {
		return s
	}
	return -1
}

// clauseSubject returns the nearest name or pronoun before token lim that is
// followed by a verb: the subject of the clause a participle or a
// coordinated verb continues ("Mr. Holt was equally blunt, claiming").
func (f *finder) clauseSubject(a, lim int) (int, int) {
	return f.clauseSubjectOpt(a, lim, false)
}

// clauseSubjectOpt is clauseSubject; with mods set, a name followed by a
// role noun and another name ("Republican nominee Ann Whitlow") is
// passed over as a modifier.
func (f *finder) clauseSubjectOpt(a, lim int, mods bool) (int, int) {
	toks := f.toks
	for k := lim - 2; k >= a && k > lim-40; k-- {
		t := toks[k]
		if t.kind != kWord || t.flags&fIn != 0 {
			continue
		}
		n := toks[k+1]
		if n.kind != kWord || n.flags&fLower == 0 || n.class&(wPrep|wDet|wSub) != 0 && n.class&wAux == 0 {
			continue
		}
		pron := t.class&wPron != 0 && t.class&wSub == 0 && t.flags&fLower != 0 || f.lowerIn(k, "he", "she", "they")
		name := t.flags&fCap != 0 && t.class&(wStop|wTime|wDet) == 0 && !strings.HasSuffix(f.word(k), "'s") && !strings.HasSuffix(f.word(k), "\u2019s")
		if !pron && !name {
			continue
		}
		if k > a && toks[k-1].kind == kWord && toks[k-1].class&wPrep != 0 && toks[k-1].flags&fCap == 0 {
			continue // "to Trump", "with Clinton": not a subject
		}
		if mods && k+2 < lim && n.class&wTitle != 0 && n.class&(wVerb|wTell|wAux) == 0 && toks[k+2].kind == kWord && toks[k+2].flags&fCap != 0 {
			continue // "Republican nominee Ann Whitlow": a modifier of the name after it
		}
		if s := f.npBack(k, a); s >= 0 {
			return s, k + 1
		}
	}
	return 0, 0
}

// headline: the sentence [a,b) is in title case ("Retired General Reveals
// What He Believes"): its capitalised words are not names.
func (f *finder) headline(a, b int) bool {
	words, caps := 0, 0
	for k := a; k < b; k++ {
		t := f.toks[k]
		if t.kind != kWord || t.flags&fIn != 0 {
			continue
		}
		words++
		if t.flags&fCap != 0 {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// asideWord: an adverb set off by commas: "however", "meanwhile", "too".
func (f *finder) asideWord(k int) bool {
	switch f.lowerWord(k) {
	case "however", "meanwhile", "too", "though", "also", "instead", "therefore", "nevertheless",
		"moreover", "furthermore", "likewise", "similarly", "still", "yet", "then", "now", "again",
		"jedoch", "allerdings", "dagegen", "indes", "hingegen":
		return true
	}
	w := f.word(k)
	return f.toks[k].flags&fLower != 0 && strings.HasSuffix(w, "ly") && len(w) > 4
}

// asideStart returns the comma opening an aside that ends at the comma at
// token j and starts with a participle or a preposition ("speaking on
// condition of anonymity", "in a statement"), or -1.
func (f *finder) asideStart(j, a int) int {
	toks := f.toks
	for k := j - 1; k > a && k > j-15; k-- {
		if toks[k].kind != kWord || toks[k].flags&fIn != 0 {
			if f.isPunct(k, ',') && k+1 < j {
				w := f.word(k + 1)
				t := toks[k+1]
				if t.flags&fLower != 0 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || t.class&wPrep != 0 && t.class&wDet == 0) {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// inPoll finds "in two recent polls", "in a Gallup survey": the poll is
// the source of the sentence's claim.
func (f *finder) inPoll(i, a, b int) {
	toks := f.toks
	if !f.lowerIs(i, "in") || toks[i].flags&(fIn|fUsed) != 0 {
		return
	}
	for k := i - 1; k >= a && k > i-16; k-- {
		if f.lowerIn(k, "who", "which") {
			return // "Ann Whitlow, who is second in most Ohio polls, stressed": a standing, not a claim
		}
	}
	for k := i + 1; k < b && k < i+6; k++ {
		t := toks[k]
		if t.kind != kWord || t.flags&fIn != 0 {
			return
		}
		switch f.lowerWord(k) {
		case "poll", "polls", "survey", "surveys", "polling":
			e := k + 1
			for e < b && f.lowerIn(e, "of", "from", "by") {
				// "polls from Gallup and the Daily Ledger"
				_, e2 := f.npFwd(e+1, b)
				if e2 <= e+1 {
					break
				}
				e = e2
			}
			conS, conE := a, b
			for conE > conS && toks[conE-1].kind == kPunct {
				conE--
			}
			if conE-conS < 4 {
				return
			}
			toks[i].flags |= fUsed
			f.addIndirect(i, i+1, i+1, e, conS, conE, false, 0.4)
			return
		}
		if t.class&(wVerb|wSub) != 0 && t.class&wDet == 0 {
			return
		}
	}
}

// adverbialTail: the words from k are a short adverbial that ends the
// sentence or precedes another attribution ("on February 13, RIA Novosti
// reported"), not a clause of their own.
func (f *finder) adverbialTail(k, b int) bool {
	e := k
	for e < b && f.toks[e].kind == kWord && f.toks[e].flags&fIn == 0 {
		e++
	}
	if !f.onlyAdverbial(k, e) {
		return false
	}
	return e >= b || !f.isPunct(e, ',') || f.attributionTail(e+1, b)
}

// opensClause: token s starts its clause: the sentence start, after
// punctuation, or after a conjunction ("Yet Democratic economists ...").
func (f *finder) opensClause(s, a int) bool {
	if s <= a || !f.isWord(s-1, a, len(f.toks)) {
		return true
	}
	t := f.toks[s-1]
	return t.class&(wSub|wStop) != 0 && t.class&(wPrep|wDet|wPron) == 0
}

// setPerson records a person named in the text as the latest antecedent for
// pronouns, with the gender its title or apposition gives ([s,e) holds the
// mention and what surrounds it).
func (f *finder) setPerson(name string, s, e int) {
	f.lastPerson = name
	if n := len(f.recent); n == 0 || f.recent[n-1] != name {
		f.recent = append(f.recent, name)
		if len(f.recent) > 8 {
			f.recent = f.recent[1:]
		}
	}
	if _, ok := f.gender[name]; ok {
		return
	}
	lo, hi := max(s-2, 0), min(e+8, len(f.toks))
	if f.de {
		// German roles stand in the mention or in an apposition right after it
		lo, hi = max(s-1, 0), e
		if f.isPunct(e, ',') {
			hi = min(e+4, len(f.toks))
		}
	}
	for k := lo; k < hi; k++ {
		if f.de && f.toks[k].kind == kWord && f.toks[k].flags&fCap != 0 {
			// a role before or after the name: "Ministerin", "der SPD-Politiker"
			if w := f.word(k); germanTitle(w) {
				if g := germanRoleGender(w); g != 0 {
					f.gender[name] = g
					return
				}
			}
		}
		switch f.lowerWord(k) {
		case "mr", "mr.", "spokesman", "congressman", "chairman", "businessman", "king", "prince", "herr":
			f.gender[name] = 'm'
			return
		case "mrs", "mrs.", "ms", "ms.", "miss", "spokeswoman", "congresswoman", "chairwoman", "businesswoman",
			"queen", "princess", "actress", "frau", "präsidentin", "ministerin", "kanzlerin", "sprecherin", "chefin":
			f.gender[name] = 'f'
			return
		}
	}
}

// antecedent returns the latest person a pronoun of gender g ('m' or 'f')
// can refer to, and learns the gender of the person it picks.
func (f *finder) antecedent(g byte) string {
	// "she": a woman the text marks as such first; otherwise the latest person
	// whose known gender does not conflict
	first := 1
	if g == 'f' {
		first = 0
	}
	for pass := first; pass < 2; pass++ {
		for k := len(f.recent) - 1; k >= 0 && k >= len(f.recent)-4; k-- {
			n := f.recent[k]
			h, ok := f.gender[n]
			if pass == 0 && (!ok || h != g) || pass == 1 && ok && h != g {
				continue
			}
			if f.gender != nil {
				f.gender[n] = g
			}
			return n
		}
	}
	return f.lastPerson
}

// passive reports an attribution to unnamed sources: "The ruling is expected to
// come Friday", "He is said to favour the plan": the content is the subject
// and the infinitive, the source is left unknown.
func (f *finder) passive(cs, i, a, b int) {
	toks := f.toks
	switch f.lowerWord(i) {
	case "expected", "said", "believed", "thought", "reported", "alleged", "rumored", "rumoured", "known",
		"considered", "seen", "projected", "estimated", "predicted", "understood":
	default:
		return
	}
	if f.de || !f.lowerIs(i+1, "to") || cs <= a {
		return
	}
	s := f.npBack(cs-1, a)
	if s < 0 {
		return
	}
	conE := f.contentEnd(i+1, b)
	if conE <= i+2 {
		return
	}
	for k := cs; k <= i; k++ {
		toks[k].flags |= fUsed
	}
	if se := f.subjectEnd(s, cs); se == cs && f.personName(s, se) {
		// "Governor Dana Holt also is reported to have urged ...": a named
		// subject is the source of what it is said to do
		f.addIndirect(cs, i+1, s, se, s, conE, false, 0.35)
		return
	}
	f.attrs = append(f.attrs, attr{cueS: cs, cueE: i + 1, srcS: -1, conS: s, conE: conE, conf: 0.35, anon: true})
}

// adverbialThenComma: [s,e) opens with a time phrase closed by a comma:
// "Monday morning, as they waited ...".
func (f *finder) adverbialThenComma(s, e int) bool {
	for k := s; k < e && k < s+5; k++ {
		if f.isPunct(k, ',') {
			return k > s && f.toks[s].class&wTime != 0 && f.onlyAdverbial(s, k)
		}
	}
	return false
}

// beforeAside returns the start of the source before the aside that opens
// with the comma at token c: "Sen. Ann Whitlow, R-Ohio, appearing on Fox
// News, said".
func (f *finder) beforeAside(c, a int) int {
	if s := f.npBack(c-1, a); s >= 0 && f.opensClause(s, a) {
		return s
	}
	if s := f.headBeforeComma(c, a); s >= 0 {
		return s
	}
	return -1
}

// askedClause handles "When asked whom she favored, ..." and "Asked by
// Marlow about X, ...": the question is the content; the asker, if named
// with "by", the source.
func (f *finder) askedClause(i, a, b int) {
	toks := f.toks
	conS := i + 1
	srcS, srcE := -1, -1
	if f.lowerIs(conS, "by") {
		if s, e := f.npFwd(conS+1, b); e > s {
			srcS, srcE = s, e
			conS = e
		}
	}
	for conS < b && toks[conS].kind == kWord && (toks[conS].class&wTime != 0 || f.lowerIn(conS, "on", "in", "at")) && !f.lowerIs(conS, "about") {
		conS++
	}
	conE := conS
	for conE < b && conE < conS+30 && !(toks[conE].kind == kPunct && toks[conE].mark != '-' && toks[conE].mark != '\'') && toks[conE].flags&fOpen == 0 {
		conE++
	}
	if conE <= conS || !f.isPunct(conE, ',') && !f.isPunct(conE, ':') {
		return
	}
	for k := i; k < conE; k++ {
		toks[k].flags |= fUsed // the question's own verbs are no cues
	}
	f.attrs = append(f.attrs, attr{cueS: i, cueE: i + 1, srcS: srcS, srcE: srcE, conS: conS, conE: conE, conf: 0.4, anon: srcS < 0})
}

// nameRun: [s,e) is a short run of capitalised words, a person's name.
func (f *finder) nameRun(s, e int) bool {
	if e-s < 1 || e-s > 5 {
		return false
	}
	for k := s; k < e; k++ {
		t := f.toks[k]
		if t.kind != kWord || t.flags&fCap == 0 || t.class&(wTime|wPron|wDet|wSub|wPrep) != 0 {
			return false
		}
	}
	return f.personLike(s, e)
}

// transcriptLabel gives a quote that opens with a transcript's speaker label
// ("WALLACE: Let's start ...") that speaker, and starts it after the label.
func (f *finder) transcriptLabel(q *Quote) {
	if q.Kind == Indirect {
		return
	}
	t := q.Text
	c := strings.IndexByte(t, ':')
	if c < 2 || c > 40 || c+1 >= len(t) || t[c+1] != ' ' {
		return
	}
	label := t[:c]
	letters := 0
	for i := 0; i < len(label); i++ {
		ch := label[i]
		switch {
		case ch >= 'A' && ch <= 'Z':
			letters++
		case ch == ' ' || ch == '.' || ch == '-' || ch == '\'':
		default:
			return
		}
	}
	if letters < 3 || strings.Count(label, " ") > 2 {
		return
	}
	switch label {
	case "UPDATE", "NOTE", "EDITOR'S NOTE", "BREAKING", "WATCH", "READ", "VIDEO", "PHOTOS", "PHOTO", "READ MORE", "RELATED", "SOURCE", "CORRECTION", "WARNING", "CNN", "AP", "NEWS":
		return
	}
	s := q.Start
	body := c + 2
	q.Speaker = &Speaker{Span: Span{s, s + c, label}, Name: label, Named: true}
	q.Span = Span{s + body, q.End, f.text[s+body : q.End]}
	q.Cue = nil
	q.Kind = Direct
}

// possessive resolves "his", "him" or "her" at token s: the named subject
// of its clause ("Holt doubled down on his remarks"), else the latest
// person of that gender.
func (f *finder) possessive(sp *Speaker, s int) {
	if cs, ce := f.clauseSubject(f.sentStart(s), s); ce > cs && ce-cs <= 6 && f.toks[ce-1].flags&fCap != 0 && f.toks[ce-1].class&wPron == 0 && f.personLike(cs, ce) {
		if n := f.properName(cs, ce); n != "" {
			sp.Name, sp.Named = n, true
			return
		}
	}
	g := byte('m')
	if f.lowerIn(s, "her", "herself") {
		g = 'f'
	}
	if n := f.antecedent(g); n != "" {
		sp.Name, sp.Named = n, true
	}
}

// modifierCue: the cue word at token i modifies a noun rather than heading a
// clause: "a rural think tank", "the union's lobbying arm".
func (f *finder) modifierCue(i int) bool {
	if i+1 >= len(f.toks) {
		return false
	}
	if t := f.toks[i]; t.class&wStance != 0 && t.class&wWeak != 0 && t.flags&fLower != 0 && f.toks[i+1].kind == kPunct && (f.toks[i+1].mark == ',' || f.toks[i+1].mark == '.') {
		// "the Eastport floods,": a noun after a name used as a modifier
		k := i - 1
		for k >= 0 && i-k <= 4 && f.toks[k].kind == kWord && f.toks[k].flags&fCap != 0 {
			k--
		}
		if k < i-1 && k >= 0 && f.toks[k].kind == kWord && f.toks[k].class&wDet != 0 && f.toks[k].flags&fLower != 0 {
			return true
		}
	}
	if f.toks[i+1].kind != kWord || f.toks[i+1].flags&fLower == 0 {
		return false
	}
	if f.lowerIs(i+1, "of") && i >= 1 && f.toks[i].flags&fLower != 0 {
		// "in a recent issue of Harbor Review": a noun after its determiner
		d := i - 1
		if t := f.toks[d]; d >= 1 && t.kind == kWord && t.flags&fLower != 0 && t.class&(wDet|wAux|wPron|wSub|wPrep|cueMask) == 0 {
			d-- // an adjective
		}
		if t := f.toks[d]; t.kind == kWord && t.class&wDet != 0 && t.class&wPron == 0 {
			return true
		}
	}
	w := f.word(i)
	if w == "think" {
		n := f.word(i + 1)
		return n == "tank" || n == "tanks"
	}
	if !strings.HasSuffix(w, "ing") || i == 0 || f.toks[i-1].kind != kWord {
		return false
	}
	p := f.word(i - 1)
	n := f.toks[i+1]
	if n.class&wTitle != 0 && f.toks[i-1].flags&fLower != 0 && f.toks[i-1].class&(wAux|wPron|wSub|wPrep) == 0 {
		return true // "budget planning director"
	}
	// "the NRA's lobbying arm", "its polling firm": a possessive or determiner, then a noun
	return (strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") || f.toks[i-1].class&wDet != 0 && f.toks[i-1].class&wPron == 0) &&
		n.class&(cueMask|wPrep|wDet|wSub|wAux|wPron|wThat) == 0
}

// nounCue: the cue word at token i is a noun inside a compound, followed by
// another noun: "talk radio host", "poll numbers".
func (f *finder) nounCue(i int) bool {
	t := f.toks[i]
	if t.class&wAmbig == 0 || i+1 >= len(f.toks) {
		return false
	}
	n := f.toks[i+1]
	return n.kind == kWord && n.flags&(fLower|fIn) == fLower && n.class&(cueMask|wPrep|wDet|wSub|wAux|wPron|wThat|wTime) == 0 && !strings.HasSuffix(f.word(i+1), "ly")
}

func possessiveWord(w string) bool {
	return len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s\u2019"))
}

// partyState: w reads like a party and state label: "R-Utah", "D-N.Y.".
func partyState(w string) bool {
	return len(w) >= 3 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-'
}

// personal resolves "he" or "she" at token s: a named person in subject
// position earlier in the same sentence ("Lomax doubts that she can
// vote"), else the latest person of that gender.
func (f *finder) personal(sp *Speaker, s int, fem bool) {
	g := byte('m')
	if fem {
		g = 'f'
	}
	st := f.sentStart(s)
	if !f.de && st < s {
		// "While he declined to name them, Mr. Holt called ...": a pronoun in an
		// opening clause points to the subject of the main clause after it
		end := s
		for end < len(f.toks) && end < s+60 && f.toks[end].flags&fSentEnd == 0 {
			end++
		}
		if ss, se := f.sentSubject(st, end); se > ss && ss > s && f.hasComma(s, ss) && f.personName(ss, se) {
			if n := f.bestName(ss, se); n != "" {
				if h, known := f.gender[n]; !known || h == g {
					sp.Name, sp.Named = n, true
					return
				}
			}
		}
	}
	cs, ce := f.clauseSubjectOpt(st, s, !f.de)
	for n := 0; n < 3 && ce-cs == 1 && !f.de && (f.lowerIs(cs, "he") && !fem || f.lowerIs(cs, "she") && fem); n++ {
		// "Holt ... said he would fine landlords, who he suspects": the speaker of that cue
		if sp2 := f.cueSpeakerBefore(cs); sp2 != nil {
			sp.Name, sp.Named = sp2.Name, true
			return
		}
		// "... the doubts he has about ... and why he thinks": the same person, named before
		cs, ce = f.clauseSubjectOpt(st, cs, true)
	}
	if ss, se := f.sentSubject(st, s); !f.de && se > ss && se <= s && (ce > cs && ce <= ss || ce <= cs) && f.personName(ss, se) {
		// "After the votes from Ohio were counted, Moreno's campaign manager, Ray Mott, ... how he thinks":
		// the subject of the main clause, not a name in the opening phrase
		cs, ce = ss, se
	}
	if ce > cs && ce-cs <= 8 && f.toks[ce-1].flags&fCap != 0 && f.toks[ce-1].class&wPron == 0 || ce-cs > 8 && ce <= s && f.personName(cs, ce) {
		rs, re, ok := f.lastRun(cs, ce)
		if ok {
			if ns, ne := f.nameCore(rs, re); ne > ns && f.personLike(ns, ne) {
				if n := f.bestName(cs, ce); n != "" {
					if h, known := f.gender[n]; !known || h == g {
						sp.Name, sp.Named = n, true
						return
					}
				}
			}
		}
	}
	if n := f.antecedent(g); n != "" {
		sp.Name, sp.Named = n, true
	}
}

// capName: the capitalised function word at token s starts a name, as "Will"
// in "said Will Doyle" or "May" in "Theresa May".
func (f *finder) capName(s, b int) bool {
	t := f.toks[s]
	if f.de || t.flags&fCap == 0 || s == 0 || f.toks[s-1].flags&fSentEnd != 0 || f.toks[s].flags&fPara != 0 || s+1 >= b {
		return false
	}
	n := f.toks[s+1]
	return t.class&(wAux|wTime) != 0 && n.kind == kWord && n.flags&fCap != 0 && n.class&(wStop|wTime|wDet) == 0
}

// possApos: token k is an unpaired apostrophe closing a plural possessive:
// "Reynolds’ campaign manager".
func (f *finder) possApos(k int) bool {
	t := f.toks[k]
	if t.kind != kMark || t.flags&(fClose|fIn|fSpace) != 0 || t.mark != mRightS && t.mark != mStraightS || k == 0 {
		return false
	}
	p := f.toks[k-1]
	if p.kind != kWord || p.e != t.s {
		return false
	}
	w := f.word(k - 1)
	return w[len(w)-1] == 's' || w[len(w)-1] == 'S'
}

// prepThenName: the description [s,e) ("his best friend") continues with a
// short prepositional phrase and a name in apposition that closes the
// clause: "at Dunmore, Lisa Kemp". It returns the end of the name, or e.
func (f *finder) prepThenName(s, e, b int) int {
	toks := f.toks
	if !(toks[s].class&wDet != 0 || possessiveWord(f.word(s))) || !f.de && toks[e-1].flags&fLower == 0 || f.de && !f.hasTitle(s, e) {
		return e
	}
	c := e + 1
	for c < b && c < e+7 && toks[c].kind == kWord && toks[c].flags&fIn == 0 && !f.isCue(c) && toks[c].class&(wSub|wAux) == 0 {
		c++
	}
	if c >= b || !f.isPunct(c, ',') {
		return e
	}
	m := c + 1
	for m < b && m < c+6 && toks[m].kind == kWord && toks[m].flags&fCap != 0 {
		m++
	}
	if m == c+1 || !f.nameRun(c+1, m) || !(m >= b || f.isPunct(m, ',') || f.isPunct(m, '.')) {
		// "the other speaker at the forum, former Secretary of Labor Ann Whitlow,"
		if m2 := f.titledNameFwd(c+1, b); m2 > c+1 {
			return m2
		}
		return e
	}
	return m
}

// titledNameFwd returns the end of a role and a name starting at s and
// closed by a comma or a stop ("former Secretary of Labor Ann
// Whitlow"), or s.
func (f *finder) titledNameFwd(s, b int) int {
	if f.de {
		return s
	}
	toks := f.toks
	m := s
	for m < b && m < s+10 && toks[m].kind == kWord && toks[m].flags&fIn == 0 && !(toks[m].flags&fCap == 0 && f.isCue(m)) && toks[m].class&(wSub|wAux|wPron) == 0 {
		m++
	}
	if m == s || !(m >= b || f.isPunct(m, ',') || f.isPunct(m, '.')) {
		return s
	}
	rs, re, ok := f.lastRun(s, m)
	if !ok || re != m || re-rs < 2 || rs == s || !f.hasTitle(s, rs+1) {
		return s
	}
	cs, ce := f.nameCore(rs, re)
	if ce-cs < 2 || !f.personLike(cs, ce) {
		return s
	}
	return m
}

// listBack extends the name list ending before ", " at token s backwards
// over ", Name" items that open their clause; it returns s when there are
// none.
func (f *finder) listBack(s, a int) int {
	toks := f.toks
	st := s
	for n := 0; n < 6 && st-2 >= a && f.isPunct(st-1, ','); n++ {
		e := st - 1
		k := e - 1
		for k >= a && k > e-5 && toks[k].kind == kWord && toks[k].flags&fCap != 0 && toks[k].flags&fIn == 0 && toks[k].class&(wPrep|wSub|wDet|wStop) == 0 {
			k--
		}
		if k == e-1 || !f.personLike(k+1, e) || k >= a && toks[k].kind == kWord && toks[k].class&wPrep != 0 {
			break // not "In Iowa, Carson, ..."
		}
		st = k + 1
		if k < a || f.isPunct(k, ',') {
			continue
		}
		if f.opensClause(st, a) {
			return st
		}
		return s
	}
	if st < s && (st == a || f.opensClause(st, a)) {
		return st
	}
	return s
}

// lowerTitle: [s,e) holds a lower-case role word ("a former spokesman for
// the Freedonian Interior Ministry").
func (f *finder) lowerTitle(s, e int) bool {
	for k := s; k < e; k++ {
		if t := f.toks[k]; t.kind == kWord && t.flags&fLower != 0 && t.class&wTitle != 0 {
			return true
		}
	}
	return false
}

// titledName: [s,e) is a lower-case role and a person's name
// ("syndicated radio host Neil Carver").
func (f *finder) titledName(s, e int) bool {
	if f.de || e-s < 3 || e-s > 9 {
		return false
	}
	r := e
	for r > s && f.toks[r-1].kind == kWord && f.toks[r-1].flags&fCap != 0 {
		r--
	}
	if e-r < 2 || r == s || !f.nameRun(r, e) || f.toks[r-1].class&wTitle == 0 || f.toks[r-1].flags&fLower == 0 {
		return false
	}
	for k := s; k < r; k++ {
		if t := f.toks[k]; t.kind != kWord || t.flags&fLower == 0 || t.class&(wDet|wPron|wSub|wPrep|wAux|cueMask) != 0 {
			return false
		}
	}
	return true
}

// hasTitle: a word of [s,e) is a person's title or function: "Chef", "Leiter".
func (f *finder) hasTitle(s, e int) bool {
	for k := s; k < e; k++ {
		if f.toks[k].kind == kWord && (f.toks[k].class&wTitle != 0 || germanTitle(f.word(k)) || f.de && germanTitleInflected(f.word(k))) {
			return true
		}
	}
	return false
}

// ageAndPlaceBack: the phrase at token s is the last item of "Name, 30, of
// Raleigh, N.C." (an age, "of" a place, a state); it returns the start of
// the name, or -1.
func (f *finder) ageAndPlaceBack(s, a int) int {
	toks := f.toks
	st := s
	for n := 0; n < 4 && st-2 >= a && f.isPunct(st-1, ','); n++ {
		e := st - 1
		if e-1 > a && f.isPunct(e-1, '.') && toks[e-1].flags&fSpace == 0 && toks[e-2].flags&fCap != 0 {
			e-- // a state: "Springfield, Va.,"
		}
		k := e - 1
		for k >= a && k > e-6 && toks[k].kind == kWord && toks[k].flags&fIn == 0 {
			k--
		}
		seg := k + 1
		if seg >= e {
			return -1
		}
		switch {
		case e-seg == 1 && toks[seg].flags&fDigit != 0, f.lowerIs(seg, "of") && toks[e-1].flags&fCap != 0:
			st = seg // an age or "of Raleigh"
		case f.nameRun(seg, e) && f.opensClause(seg, a) && st != s:
			return seg
		case toks[seg].flags&fCap != 0 && e-seg <= 2 && st == s:
			st = seg // "Raleigh" before "N.C."
		default:
			return -1
		}
	}
	return -1
}

// apposSubject returns "Name, apposition," opening the sentence [a, lim)
// when a verb follows it: the subject of a participle later in the sentence.
func (f *finder) apposSubject(a, lim int) (int, int) {
	if f.de || lim <= a {
		return 0, 0
	}
	toks := f.toks
	k := a
	for k < lim && k < a+5 && toks[k].kind == kWord && toks[k].flags&fCap != 0 && toks[k].flags&fIn == 0 {
		k++
	}
	if k == a || k >= lim || !f.isPunct(k, ',') || !f.nameRun(a, k) {
		return 0, 0
	}
	for c := k + 1; c < lim && c < k+25; c++ {
		if toks[c].kind == kMark || toks[c].flags&fIn != 0 {
			return 0, 0
		}
		if f.isPunct(c, ',') {
			if c+1 < lim && toks[c+1].kind == kWord && toks[c+1].flags&fLower != 0 && f.apposition(k+1, c) &&
				(strings.HasSuffix(f.word(c+1), "ed") || irregularPast[f.word(c+1)] || toks[c+1].class&(wVerb|wAux) != 0) {
				return a, c
			}
			return 0, 0
		}
	}
	return 0, 0
}

// signatureBelow returns the speaker of a signature paragraph that follows
// the quote ending before token k: a dash and a short name ("- Sanders.").
func (f *finder) signatureBelow(k int) *Speaker {
	toks := f.toks
	for k < len(toks) && toks[k].kind == kPunct && toks[k].flags&fPara == 0 {
		k++ // the stop after the closing mark
	}
	if k+1 >= len(toks) || toks[k].flags&fPara == 0 || !f.isPunct(k, '-') {
		return nil
	}
	s := k + 1
	e := s
	for e < len(toks) && e < s+5 && toks[e].kind == kWord && toks[e].flags&fCap != 0 && (e == s || toks[e].flags&fPara == 0) {
		e++
	}
	if e > s && f.isPunct(e, ',') && !f.de {
		// "-Nina Cole, Tulsa.", "-Governor Holt, tweeting after the vote."
		m := e + 1
		for m < len(toks) && m < e+20 && toks[m].flags&fPara == 0 && toks[m].kind != kMark {
			m++
		}
		if m >= len(toks) || toks[m].flags&fPara != 0 {
			if !f.isPunct(m-1, '.') {
				return nil
			}
			cs, ce := f.nameCore(s, e)
			if ce <= cs || !f.personLike(cs, ce) {
				return nil
			}
			name := f.properName(s, e)
			if name == "" {
				return nil
			}
			st, en := toks[s].s, toks[e-1].e
			return &Speaker{Span: Span{st, en, f.text[st:en]}, Name: name, Named: true}
		}
	}
	if e == s || e < len(toks) && toks[e].flags&fPara == 0 && !(f.isPunct(e, '.') && (e+1 >= len(toks) || toks[e+1].flags&fPara != 0)) {
		return nil
	}
	if !f.personLike(s, e) {
		return nil
	}
	name := f.properName(s, e)
	if name == "" {
		return nil
	}
	st, en := toks[s].s, toks[e-1].e
	return &Speaker{Span: Span{st, en, f.text[st:en]}, Name: name, Named: true}
}

// phrasalAt: token j is the verb of a phrasal speech verb and its particle
// follows it.
func (f *finder) phrasalAt(j int) bool {
	return f.phrasalLen(j) > 0
}

// phrasalLen returns how many tokens after the verb at j belong to its
// phrasal cue: 1 for "went on", 2 for "made it clear", 0 for none.
func (f *finder) phrasalLen(j int) int {
	if f.de || j+1 >= len(f.toks) || f.toks[j].flags&fLower == 0 || f.toks[j+1].kind != kWord {
		return 0
	}
	for _, p := range enPhrasalCues[f.lowerWord(j)] {
		if p == "clear" && f.lowerIs(j+1, "it") && f.lowerIs(j+2, "clear") {
			return 2
		}
		if !f.lowerIs(j+1, p) {
			continue
		}
		if p == "on" {
			// "went on, ...": not "went on to win", "goes on recess"
			if j+2 < len(f.toks) && (f.toks[j+2].kind == kPunct || f.toks[j+2].kind == kMark || f.lowerIs(j+2, "that")) {
				return 1
			}
			return 0
		}
		return 1
	}
	return 0
}

// markPhrasal gives the verb of each phrasal speech verb ("Trump went on")
// the class of a weak cue.
func (f *finder) markPhrasal() {
	for j := range f.toks {
		if f.toks[j].kind == kWord && f.toks[j].class&(wVerb|wTell) == 0 && f.phrasalAt(j) {
			f.toks[j].class |= wVerb | wWeak
		}
	}
}
