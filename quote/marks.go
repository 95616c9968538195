package quote

// pair is a marked stretch of text: the tokens between an opening mark and
// its closing mark (or the end of the paragraph for a quote that continues
// in the next paragraph).
type pair struct {
	open, close int // token indices of the marks; close is the first token after the piece when unclosed
	closed      bool
	cont        bool // continues a quote left open in the previous paragraph
	contNext    bool // left open at the paragraph end and reopened in the next
	single      bool // single marks
	used        bool // taken by an attribution
	dropped     bool // not a quote (title, nickname, scare quote)
}

// leftFlank: white space or an opening bracket before, a non-space after.
func (f *finder) leftFlank(i int) bool {
	t := f.toks[i]
	before := t.flags&(fSpace|fPara) != 0 || i == 0 || f.toks[i-1].kind == kPunct && (f.toks[i-1].mark == '(' || f.toks[i-1].mark == '[' || f.toks[i-1].mark == '-' || f.toks[i-1].mark == ':') || f.toks[i-1].kind == kMark
	after := t.flags&fSpaceAfter == 0 && i+1 < len(f.toks) && f.toks[i+1].flags&fPara == 0
	return before && after
}

// rightFlank: a non-space before, white space or punctuation after.
func (f *finder) rightFlank(i int) bool {
	t := f.toks[i]
	before := t.flags&(fSpace|fPara) == 0 && i > 0
	after := t.flags&fSpaceAfter != 0 || i+1 >= len(f.toks) || f.toks[i+1].flags&fPara != 0 || f.toks[i+1].kind == kPunct || f.toks[i+1].kind == kMark
	return before && after
}

type openMark struct {
	tok  int
	mark uint8
}

// closes reports whether a mark of type c closes an open mark of type o.
func closes(o, c uint8) bool {
	switch o {
	case mStraight:
		return c == mStraight || c == mRightD || c == mLeftD
	case mLeftD:
		return c == mRightD || c == mStraight || c == mLeftD
	case mRightD:
		return c == mRightD
	case mLowD:
		return c == mLeftD || c == mRightD || c == mStraight
	case mGuilL:
		return c == mGuilR
	case mGuilR:
		return c == mGuilL
	case mTicks:
		return c == mTwoApos || c == mStraight || c == mRightD
	case mTwoApos:
		return c == mTwoApos || c == mRightD
	case mLowS:
		return c == mLeftS || c == mRightS
	case mLeftS, mStraightS:
		return c == mRightS || c == mStraightS
	case mGuilSL:
		return c == mGuilSR
	case mGuilSR:
		return c == mGuilSL
	case mCJKL:
		return c == mCJKR
	case mCJK2L:
		return c == mCJK2R
	}
	return false
}

// canOpen reports whether mark token i may open a quote.
func (f *finder) canOpen(i int) bool {
	switch f.toks[i].mark {
	case mLowD, mLowS, mGuilL, mGuilSL, mCJKL, mCJK2L, mTicks, mLeftD:
		return !f.rightFlank(i) || f.leftFlank(i)
	case mStraight, mTwoApos, mRightD, mGuilR, mGuilSR:
		return f.leftFlank(i) || f.toks[i].flags&fPara != 0
	case mLeftS, mStraightS:
		return f.leftFlank(i)
	}
	return false
}

// canClose reports whether mark token i may close a quote.
func (f *finder) canClose(i int) bool {
	switch f.toks[i].mark {
	case mRightS, mStraightS, mLeftS:
		return f.rightFlank(i)
	case mStraight, mTwoApos, mLeftD:
		return !f.leftFlank(i) || f.rightFlank(i)
	}
	return true
}

// pairMarks pairs the quote marks of the chunk by type and fills f.pairs.
// An open mark left at the end of a paragraph is either continued by an
// opening mark at the start of the next paragraph, or closes at the end of
// its paragraph when it opened the paragraph or followed a colon; other
// stray marks are dropped, so they never swallow text.
func (f *finder) pairMarks() {
	toks := f.toks
	f.pairs = f.pairs[:0]
	stack := f.stack[:0]
	maxDist := f.opt.maxQuote()
	contPending := false
	flush := func(end int) { // paragraph end before token end
		if len(stack) == 0 {
			contPending = false
			return
		}
		o := stack[0]
		stack = stack[:0]
		if isSingle(o.mark) {
			contPending = false
			return
		}
		if toks[end-1].e-toks[o.tok].e > maxDist {
			contPending = false
			return
		}
		// continued: the next paragraph opens with a mark of the same family
		next := end < len(toks) && toks[end].kind == kMark && !isSingle(toks[end].mark)
		start := o.tok == 0 || toks[o.tok].flags&fPara != 0 || f.isPunct(o.tok-1, ':') || f.isPunct(o.tok-1, ',')
		if next && (start || contPending) || start && end-o.tok > 3 {
			f.pairs = append(f.pairs, pair{open: o.tok, close: end, cont: contPending, contNext: next})
			contPending = next
			return
		}
		contPending = false
	}
	for i := range toks {
		t := &toks[i]
		if t.flags&fPara != 0 && i > 0 {
			flush(i)
		}
		if t.kind != kMark {
			continue
		}
		// drop open marks too far behind
		for len(stack) > 0 && t.s-toks[stack[0].tok].e > maxDist {
			stack = stack[1:]
		}
		// try to close the innermost matching open mark
		closed := false
		if f.canClose(i) {
			for k := len(stack) - 1; k >= 0; k-- {
				if closes(stack[k].mark, t.mark) && !(k == len(stack)-1 && stack[k].tok == i-1 && !f.rightFlank(i)) {
					if k == 0 {
						f.pairs = append(f.pairs, pair{open: stack[k].tok, close: i, closed: true, cont: contPending && toks[stack[k].tok].flags&fPara != 0, single: isSingle(stack[k].mark)})
						contPending = false
					}
					stack = stack[:k]
					closed = true
					break
				}
				// a double closer pops single marks left open above it
				if isSingle(stack[k].mark) && !isSingle(t.mark) {
					continue
				}
				break
			}
		}
		if closed {
			continue
		}
		if f.canOpen(i) && len(stack) < 8 {
			stack = append(stack, openMark{i, t.mark})
		}
	}
	flush(len(toks))
	f.stack = stack[:0]
	// single-quoted pairs outside double quotes: keep only plausible ones
	for k := range f.pairs {
		p := &f.pairs[k]
		if p.single {
			n := 0
			for j := p.open + 1; j < p.close; j++ {
				if toks[j].kind == kWord {
					n++
				}
			}
			if n < 2 || toks[p.close-1].e-toks[p.open].e > 600 {
				p.dropped = true
			}
		}
		if p.dropped {
			continue
		}
		toks[p.open].flags |= fOpen
		if p.closed {
			toks[p.close].flags |= fClose
		}
		for j := p.open + 1; j < p.close; j++ {
			toks[j].flags |= fIn
		}
	}
}

// inner returns the byte span inside the marks of p.
func (f *finder) inner(p *pair) (int, int) {
	s := f.toks[p.open].e
	var e int
	if p.closed {
		e = f.toks[p.close].s
	} else {
		e = f.toks[p.close-1].e
	}
	for s < e && isSpaceByte(f.text[s]) {
		s++
	}
	for e > s && isSpaceByte(f.text[e-1]) {
		e--
	}
	return s, e
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
