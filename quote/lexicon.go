package quote

import (
	"sort"
	"strings"
)

// CueType says how a cue word relates to its source.
type CueType uint8

// Cue types.
const (
	// CueVerb is a speech verb: the source is its subject, before it
	// ("Lavrov said") or after it ("said Lavrov").
	CueVerb CueType = iota + 1
	// CueAddressee is a speech verb whose object is the addressee, not the
	// source: "told reporters that ...".
	CueAddressee
	// CuePreposition introduces the source after it: "according to X",
	// German "laut X".
	CuePreposition
	// CuePostposition follows its source: German "X zufolge".
	CuePostposition
)

// word classes, one bit each; a word may have several.
const (
	wVerb       uint32 = 1 << iota // CueVerb
	wTell                          // CueAddressee
	wPrepCue                       // CuePreposition
	wPostCue                       // CuePostposition
	wAux                           // auxiliary or adverb between subject and verb
	wTitle                         // person title: minister, Sen., president
	wPrep                          // preposition
	wDet                           // determiner
	wPron                          // personal pronoun that can be a source
	wSub                           // clause boundary word: that, which, because, and
	wTime                          // weekday, month, today
	wOrg                           // organisation head word
	wThat                          // complementizer: that, whether, dass, ob
	wSubj                          // German subjunctive verb form: sei, habe
	wLang                          // frequent function word of its language
	wParticiple                    // speech participle: adding, saying
	wWeak                          // weak cue: needs a that-clause or colon nearby
	wStop                          // never part of a name when capitalised
	wGroup                         // plural or group pronoun: they, we
	wNeg                           // "not": kept inside a cue
	wAmbig                         // a cue form that is also a common noun: remarks, promise
	wStance                        // a verb of stance or intention: wants, endorsed
)

// Lexicon holds the cue words of each language and the word lists used to
// find sources. The zero value is empty; DefaultLexicon returns the built-in
// English and German lexicon. A Lexicon must not be changed while a Find
// call uses it.
type Lexicon struct {
	langs map[string]map[string]uint32
}

// DefaultLexicon returns a new copy of the built-in lexicon (English "en"
// and German "de"), which the caller may extend.
func DefaultLexicon() *Lexicon {
	l := &Lexicon{}
	for _, w := range builtinEN() {
		l.set("en", w.word, w.class)
	}
	for _, w := range builtinDE() {
		l.set("de", w.word, w.class)
	}
	return l
}

var defaultLexicon = DefaultLexicon()

func (l *Lexicon) set(lang, word string, class uint32) {
	if l.langs == nil {
		l.langs = map[string]map[string]uint32{}
	}
	m := l.langs[lang]
	if m == nil {
		m = map[string]uint32{}
		l.langs[lang] = m
	}
	m[strings.ToLower(word)] |= class
}

// AddVerb adds word forms as cues of the given type for language lang
// ("en", "de" or any other tag). Forms are matched case-insensitively;
// a multi-word cue is given by its first word with CuePreposition ("according").
func (l *Lexicon) AddVerb(lang string, t CueType, forms ...string) {
	var c uint32
	switch t {
	case CueAddressee:
		c = wTell | wVerb
	case CuePreposition:
		c = wPrepCue
	case CuePostposition:
		c = wPostCue
	default:
		c = wVerb
	}
	for _, f := range forms {
		if f = strings.TrimSpace(f); f != "" {
			l.set(lang, f, c)
		}
	}
}

// Cue reports whether word is a cue in language lang, and its type.
func (l *Lexicon) Cue(lang, word string) (CueType, bool) {
	c := l.langs[lang][strings.ToLower(word)]
	switch {
	case c&wTell != 0:
		return CueAddressee, true
	case c&wVerb != 0:
		return CueVerb, true
	case c&wPrepCue != 0:
		return CuePreposition, true
	case c&wPostCue != 0:
		return CuePostposition, true
	}
	return 0, false
}

// Cues returns the cue words of language lang, sorted.
func (l *Lexicon) Cues(lang string) []string {
	var out []string
	for w, c := range l.langs[lang] {
		if c&(wVerb|wTell|wPrepCue|wPostCue) != 0 {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// Languages returns the language tags the lexicon knows, sorted.
func (l *Lexicon) Languages() []string {
	var out []string
	for k := range l.langs {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type entry struct {
	word  string
	class uint32
}

func words(class uint32, list string) []entry {
	f := strings.Fields(list)
	out := make([]entry, len(f))
	for i, w := range f {
		out[i] = entry{w, class}
	}
	return out
}

// enVerbs are regular English cue verbs given by their base form; the
// inflected forms are generated.
const enVerbs = `add note explain stress warn insist confirm state announce report claim argue
suggest ask reply respond continue acknowledge admit agree assert declare deny emphasize emphasise
mention observe predict promise recall remark reveal tweet urge vow believe hope expect fear worry
complain comment concede conclude contend estimate accuse criticize criticise praise call describe
propose pledge question recommend assess testify allege assure boast brag charge counter demand
disclose dismiss doubt joke lament maintain reiterate repeat retort want wonder blame caution quip
shout chant tout signal insist interject clarify elaborate echo recount relate concur acknowledge
speculate surmise theorize calculate project forecast conclude worry suspect announce pronounce
cite quote indicate hint imply mean yell scream whisper mutter muse sigh exclaim reason rule
threaten vow swear guarantee demand request implore plead beg invite reassure remind advise
inform notify brief tell warn pledge affirm reaffirm opine post publish write blog label dub
term brand decry condemn denounce slam blast lambaste rebuke reject refute rebut disagree
dispute contest challenge welcome applaud hail laud commend thank congratulate apologize
apologise regret lament bemoan deplore acknowledge confess concede recognize recognise realize
realise note stress underline underscore highlight point love hate prefer plan intend
vote support oppose endorse back favor favour celebrate retaliate gush marvel scoff
snap fume rail joke concur beam proclaim gripe confide sneer
fret gloat intone enthuse vent exhort answer`

var enIrregular = map[string][]string{
	"say": {"say", "says", "said", "saying"}, "tell": {"tell", "tells", "told", "telling"},
	"write": {"write", "writes", "wrote", "written", "writing"}, "think": {"think", "thinks", "thought", "thinking"},
	"know": {"know", "knows", "knew", "known", "knowing"}, "see": {"see", "sees", "saw", "seen"},
	"find": {"find", "finds", "found"}, "show": {"show", "shows", "showed", "shown"},
	"feel":  {"feel", "feels", "felt"},
	"swear": {"swear", "swears", "swore", "sworn"}, "read": {"reads"},
	"forecast": {"forecast", "forecasts", "forecasting"}, "mean": {"mean", "means", "meant"},
	"understand": {"understands", "understood"},
	"seek":       {"seek", "seeks", "sought", "seeking"},
	"sing":       {"sing", "sings", "sang", "singing"}, "press": {"pressed"},
}

// enAmbig are cue forms that are also common nouns; they count as verbs
// only after a pronoun or an auxiliary, or before a that-clause or a quote.
const enAmbig = `remark remarks promise promises claim claims comment comments report reports contest
contests doubt doubts blog blogs retort retorts call calls demand demands request requests
support supports plan plans vote votes charge charges quote quotes post posts state states
question questions answer answers reply replies tweet tweets estimate estimates concern
concerns fear fears hope hopes worry worries need needs offer offers pledge pledges vow vows
threat threats praise joke jokes boast boasts forecast forecasts project projects reason
reasons echo echoes quip quips signal signals counter counters point points label labels
brand brands term terms rule rules means back backs favor favors love hate show shows find
finds thanks welcome welcomes challenge challenges comment warning warnings record records
publish estimate chant chants shout shouts whisper whispers cite promise note notes
response responses denial denials hint hints accusation admission admissions assessment
insist lament laments observe muse guarantee guarantees request plea pleas caution
cautions brief briefs signal dispute disputes rebuke rebukes condemn endorsement
concede wonder wonders doubt intend talk talks issue issues release releases vote votes
share shares`

// enStance are verbs of stance, intention and public action that PolNeAR-style
// attribution counts with a named subject: "Cruz endorsed Trump".
const enStance = `want endorse support oppose back praise criticize criticise attack defend cite refuse
decline seek plan hope expect fear believe think feel know see show find reject dismiss question
accuse blame urge demand call propose promise pledge vow welcome applaud condemn denounce slam
blast mock ridicule dispute challenge acknowledge admit deny insist warn threaten announce
recommend describe express order decide vote favor favour prefer like love hate worry doubt
suspect consider regard seem appear discuss address mention tout highlight reference
offer invite nominate appoint approve veto unveil react respond lobby
hint imply predict estimate conclude argue claim allege stress emphasize emphasise note
recall recount reveal confirm concede explain assert maintain contend testify tweet post write
sign embrace reiterate repeat echo tout celebrate hail commend thank congratulate apologize
apologise regret lament welcome want talk show find indicate reveal point refer push vote
consider share compare recognize recognise seek release issue invoke assail downplay portray retweet
list identify`

// enTell are English speech verbs whose object is the addressee.
const enTell = `tell tells told telling inform informs informed informing notify notifies notified
assure assures assured assuring remind reminds reminded reminding advise advises advised advising
brief briefs briefed briefing reassure reassures reassured reassuring urge urges urged urging
ask asks asked asking warn warns warned warning emailed scold scolds scolded scolding chide chides
chided chiding`

// enWeak are cue verbs too common in other senses to stand without a
// that-clause, a colon or a quote mark next to them.
const enWeak = `call calls called calling like likes liked love loves loved hate hates hated prefer
prefers preferred plan plans planned intend intends intended vote votes voted support supports
supported oppose opposes opposed endorse endorses endorsed back backs backed favor favors favored
favour favours favoured celebrate celebrates celebrated want wants wanted mean means meant
know knows knew known see sees saw seen find finds found show shows showed shown feel feels
felt continue continues continued charge charges charged counter counters countered post posts
posted publish publishes published write writes wrote written label labels labeled labelled
dub dubs dubbed term terms termed brand brands branded question questions questioned rule rules
ruled point points pointed reason reasons reasoned project projects projected relate relates
related echo echoes echoed thank thanks thanked cite cites cited quote quotes quoted indicate
indicates indicated welcome welcomes welcomed back praise praises praised understands understood
reject rejects rejected challenge challenges challenged dismiss dismisses dismissed
calculate calculates calculated request requests requested demand demands demanded expect
expects expected hope hopes hoped reads highlight highlights highlighted
vent vents vented venting sing sings sang singing pressed`

func inflect(base string) []string {
	out := []string{base}
	var s, ed, ing string
	switch {
	case strings.HasSuffix(base, "y") && len(base) > 2 && !strings.ContainsRune("aeiou", rune(base[len(base)-2])):
		stem := base[:len(base)-1]
		s, ed, ing = stem+"ies", stem+"ied", base+"ing"
	case strings.HasSuffix(base, "e"):
		s, ed, ing = base+"s", base+"d", base[:len(base)-1]+"ing"
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "x") || strings.HasSuffix(base, "o"):
		s, ed, ing = base+"es", base+"ed", base+"ing"
	default:
		s, ed, ing = base+"s", base+"ed", base+"ing"
		switch base {
		case "admit", "regret", "plan", "quip", "dub", "rebut", "refer", "prefer", "concur", "compel", "fret",
			"beg", "blog", "brag", "slam", "snap":
			d := base + base[len(base)-1:]
			ed, ing = d+"ed", d+"ing"
		case "label", "signal":
			ed = base + "ed"
		}
	}
	return append(out, s, ed, ing)
}

func builtinEN() []entry {
	var out []entry
	seen := map[string]bool{}
	addVerb := func(forms []string) {
		for _, f := range forms {
			if seen[f] {
				continue
			}
			seen[f] = true
			c := wVerb
			if strings.HasSuffix(f, "ing") {
				c |= wParticiple
			}
			out = append(out, entry{f, c})
		}
	}
	for _, forms := range enIrregular {
		addVerb(forms)
	}
	for _, b := range strings.Fields(enVerbs) {
		if _, ok := enIrregular[b]; ok {
			continue
		}
		addVerb(inflect(b))
	}
	out = append(out, words(wTell, enTell)...)
	out = append(out, words(wWeak, enWeak)...)
	out = append(out, words(wPrepCue, "according")...)
	for _, b := range strings.Fields(enStance) {
		forms, ok := enIrregular[b]
		if !ok {
			forms = inflect(b)
		}
		for _, f := range forms {
			c := wStance | wVerb
			if !seen[f] {
				c |= wWeak // not a speech verb of its own
			}
			out = append(out, entry{f, c})
		}
	}
	out = append(out, words(wAux, `has have had having will would could should may might must can shall
		also then later repeatedly previously once recently earlier reportedly publicly privately
		simply never often already still just even only further again first last quickly flatly
		openly directly explicitly frequently long generally apparently allegedly clearly
		initially originally subsequently officially separately ultimately is are was were be been
		being did does do has'nt hasn't haven't didn't doesn't don't won't wouldn't not always
		actually really has also both all himself herself themselves itself privately angrily
		bluntly proudly confidently sharply strongly firmly emphatically insistently twice thrice
		soon eventually instead meanwhile yet too almost nearly now seldom rarely sometimes
		never often still just even`)...)
	out = append(out, words(wAmbig, enAmbig)...)
	out = append(out, words(wNeg, "not n't never")...)
	out = append(out, words(wTitle, `mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov.
		gen gen. lt lt. col col. sgt sgt. capt capt. adm adm. rev rev. hon hon. pres pres. atty
		del del. amb amb. maj maj. president minister secretary senator governor representative congressman congresswoman
		mayor chairman chairwoman chair director chief spokesman spokeswoman spokesperson leader
		ambassador envoy general judge justice king queen prince princess pope sheikh
		commissioner deputy vice premier chancellor attorney councilman councilwoman
		candidate nominee head founder ceo cfo coo executive officer manager professor
		analyst advisor adviser aide strategist pollster economist lawyer correspondent
		reporter editor commander captain admiral colonel sergeant lieutenant speaker
		superintendent sheriff detective officer inspector treasurer comptroller
		lawmaker delegate whip counsel anchor host columnist author activist pastor
		bishop cardinal rabbi imam father sister brother coach governor-elect
		president-elect rep.-elect sen.-elect dean provost rector emir ayatollah supervisor
		administrator organizer coordinator member chairperson`)...)
	out = append(out, words(wPrep, `in on at of for from with by to into about against among
		between during after before under over through without within across behind beyond near
		since until upon via like amid despite toward towards onto off per regarding`)...)
	out = append(out, words(wDet, `the a an this that these those his her their its our my your some
		several many other another two three four five six seven eight nine ten both all most
		no each every any few such one`)...)
	out = append(out, words(wPron, "he she they we i it who you")...)
	out = append(out, words(wGroup, "they we who you")...)
	out = append(out, words(wSub, `that which who whom whose because while when whereas if although though
		as since after before until unless whether but and or yet so then where how what why
		nor once instead rather than`)...)
	out = append(out, words(wThat, "that whether if how what why when where who which")...)
	out = append(out, words(wTime, `monday tuesday wednesday thursday friday saturday sunday january
		february march april may june july august september october november december jan jan.
		feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov
		nov. dec dec. today yesterday tonight tomorrow morning afternoon evening night week
		weekend month year earlier later last this next recently past`)...)
	out = append(out, words(wOrg, `ministry house party council committee department agency office
		court university college company inc inc. corp corp. co co. ltd ltd. bank times news post
		journal association commission union organization organisation institute center centre
		foundation campaign senate congress government administration kremlin pentagon police
		army navy force forces group network press tribune herald guardian review magazine
		radio television tv channel service services board bureau authority fund federation
		league alliance coalition church school hospital museum airlines airways corporation
		holdings partners society state states nations republic kingdom ministry embassy
		parliament assembly cabinet secretariat court administration presidency
		white inc fbi cia nsa nato un eu gop dnc rnc cnn nbc abc cbs fox msnbc npr ap reuters
		afp bbc`)...)
	out = append(out, words(wStop, `the a an and but or if when while as for with in on at by from to
		of after before since until he she it they we i you his her their our its this that these
		those there here then so yet mr mrs ms dr monday tuesday wednesday thursday friday saturday
		sunday january february march april may june july august september october november december
		still however meanwhile also but now asked even though although because despite last
		during what why how who which where many some most few other others several all both
		each every any no not one two three four five another among yes instead`)...)
	out = append(out, words(wLang, "the and of is was that with for are be has have this it to in on said he they from by at we will")...)
	// forms that are rather prepositions or nouns: "like Trump", "the states", "voting booths"
	for k := range out {
		switch out[k].word {
		case "like", "likes", "liked", "liking", "states", "voting":
			out[k].class &^= wVerb | wStance | wParticiple
		}
	}
	return out
}

// deWeak are stems of German weak speech verbs; "-" marks a stem that
// takes an "e" before t-endings (bericht-: berichtete).
const deWeak = `sag erklär beton mein bericht- bestätig kritisier behaupt- glaub hoff befürcht- vermut
ergänz äußer antwort- entgegn- verkünd- bekräftig versicher bezeichn- meld- beklag erläuter
argumentier begründ- kommentier prognostizier schätz bezweifel lob mahn appellier verlang beteuer
dementier warn forder zitier schilder informier unterricht- bedauer begrüß verteidig beschuldig
droh spekulier mutmaß berichtig präzisier bilanzier resümier klag fürcht- twitter kündig teil
füg verlautbar erinner`

// deStrong are forms of German strong and mixed speech verbs.
const deStrong = `schrieb schreibt schrieben schreiben geschrieben sprach spricht sprachen nannte nennt
nannten unterstrich unterstreicht unterstrichen gestand gesteht bestritt bestreitet bestritten
verriet verrät beschrieb beschreibt empfahl empfiehlt riet rät widersprach widerspricht
bekannte verwies verweist verwiesen zitierte heißt hieß mitteilte mitteilten ankündigte
ankündigten angab angaben bekanntgab vorwarf betonte erwiderte erwidert
mitgeteilt mitteilt angekündigt ankündigt bekanntgegeben bekanntgaben bekanntgibt angegeben angibt
hinwies hinwiesen hingewiesen hinweist feststellte feststellten festgestellt feststellt hinzufügte
hinzufügten hinzugefügt hinzufügt einräumte einräumten eingeräumt einräumt darlegte darlegten dargelegt
darlegt zusicherte zusicherten zugesichert zugab zugegeben zugibt vorgeworfen vorwirft ausführte
ausführten ausgeführt ausführt aussagte aussagten ausgesagt`

// deInflect returns the finite forms and the participle of a weak German verb stem.
func deInflect(stem string) []string {
	e := ""
	if strings.HasSuffix(stem, "-") {
		stem, e = stem[:len(stem)-1], "e"
	}
	ge := "ge" + stem + e + "t"
	for _, p := range []string{"be", "er", "ver", "zer", "ent", "emp", "miss"} {
		if strings.HasPrefix(stem, p) {
			ge = stem + e + "t"
		}
	}
	if strings.HasSuffix(stem, "ier") {
		ge = stem + "t"
	}
	en := stem + "en"
	if strings.HasSuffix(stem, "er") || strings.HasSuffix(stem, "el") {
		en = stem + "n"
	}
	return []string{stem + e + "t", stem + e + "te", stem + e + "ten", en, ge}
}

func builtinDE() []entry {
	var out []entry
	for _, st := range strings.Fields(deWeak) {
		out = append(out, words(wVerb, strings.Join(deInflect(st), " "))...)
	}
	out = append(out, words(wVerb, deStrong)...)
	out = append(out, words(wWeak|wVerb, "hob hebt hoben zeigte zeigt zeigten lehnte lehnt lehnten strich streicht sicherte sichert sicherten vertritt vertrat vertraten")...)
	out = append(out, words(wWeak, "gab gibt gaben stellte stellt wies weist räumte räumt führte führt rief ruft ging geht kündigte kündigt teilte teilt fügte fügt warf wirft werfen")...)
	out = append(out, words(wVerb, "gab gibt gaben stellte stellt wies weist räumte räumt führte führt rief ruft ging geht warf wirft werfen")...)
	out = append(out, words(wPrepCue, "laut gemäß nach so")...)
	out = append(out, words(wPostCue, "zufolge")...)
	out = append(out, words(wAux, `hat hatte haben hatten habe wird wurde werden wurden ist war sind
		waren auch bereits zudem außerdem ebenfalls dann später schon noch erneut nochmals
		weiter weiterhin jedoch aber allerdings nun heute gestern am zuvor`)...)
	out = append(out, words(wTitle, `präsident präsidentin minister ministerin kanzler kanzlerin
		bundeskanzler bundeskanzlerin sprecher sprecherin chef chefin vorsitzende vorsitzender
		direktor direktorin bürgermeister bürgermeisterin abgeordnete abgeordneter
		generalsekretär regierungssprecher staatssekretär botschafter papst könig königin
		prinz trainer dr. prof. herr frau bundespräsident ministerpräsident innenminister
		außenminister finanzminister verteidigungsminister gesundheitsminister
		justizminister premierminister parteichef fraktionschef landesvorsitzende experte
		expertin leiter leiterin polizeisprecher`)...)
	out = append(out, words(wPrep, `in im an am auf aus bei mit nach von vor zu zum zur über unter
		für gegen ohne um durch seit bis während wegen trotz gegenüber vom beim ins angesichts
		aufgrund infolge hinsichtlich bezüglich anlässlich`)...)
	out = append(out, words(wDet, `der die das des dem den ein eine einer eines einem einen dieser
		diese dieses kein keine sein seine ihr ihre unser zwei drei mehrere viele seinen seinem seiner
		ihren ihrem ihrer unsere unseren unserem unserer deren dessen`)...)
	out = append(out, words(wPron, "er sie wir ich es man")...)
	out = append(out, words(wGroup, "sie wir")...)
	out = append(out, words(wSub, `dass ob weil wenn als da obwohl während und oder aber sondern
		denn der die das welche welcher welches wie wo nachdem bevor damit`)...)
	out = append(out, words(wThat, "dass ob")...)
	// the subjunctive I of reported speech; "soll" reports hearsay
	out = append(out, words(wSubj, `soll sollen sei seien habe werde könne müsse solle wolle gebe
		liege gehe stehe komme bestehe handele handle brauche dürfe trage führe bleibe sehe halte
		gelte lasse plane arbeite verfüge fehle hätten hätte würden würde könnten müssten
		gäbe wäre wären lägen dürften`)...)
	out = append(out, words(wTime, `montag dienstag mittwoch donnerstag freitag samstag sonntag januar
		februar märz april mai juni juli august september oktober november dezember heute
		gestern morgen abend`)...)
	out = append(out, words(wOrg, `ministerium partei regierung bundesregierung polizei gericht
		universität verband kommission rat bank zeitung agentur institut amt behörde`)...)
	out = append(out, words(wStop, `der die das ein eine einer eines dem den des er sie es wir ich
		ihr im am auf aus bei mit nach von vor zu zum zur und oder aber wenn als auch so wie dass
		nun doch dabei damit daher deshalb trotzdem zudem außerdem inzwischen bisher laut
		zufolge dies diese dieser dieses dazu ihnen ihm damals jetzt hier dort dann darauf
		darüber daran jedoch auch noch schon`)...)
	out = append(out, words(wLang, "der die und das ist nicht mit sich des den auch eine ein dem von zu im am wir er sagte wurde wurden sind war für auf bei nach über laut gegen werden hat")...)
	return out
}

// enPhrasal are English speech verbs made of a verb and a particle ("went
// on", "laid out"): each line gives the particle, then the verb forms. The
// verb is a cue only when the particle follows it.
const enPhrasal = `on go goes went going carry carries carried carrying
out lay lays laid laying spell spells spelled spelt spelling lash lashes lashed lashing speak speaks spoke speaking
up sum sums summed summing pipe pipes piped piping
in chime chimes chimed chiming weigh weighs weighed weighing
back fire fires fired firing shoot shoots shot shooting hit hits hitting
about speak speaks spoke speaking
of speak speaks spoke speaking
clear make makes made making`

var enPhrasalCues = func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(enPhrasal, "\n") {
		f := strings.Fields(line)
		for _, v := range f[1:] {
			m[v] = append(m[v], f[0])
		}
	}
	return m
}()
