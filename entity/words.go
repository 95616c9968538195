package entity

import "strings"

// Hand-written word lists used by discovery. They hold common English
// vocabulary, not names.

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// stopWords never start or join a name (compared in lower case); a
// gazetteer entry containing one ("The Hague") is still found.
var stopWords = wordSet(`
a an the this that these those it its it's he she we they i you me him her us them my your his our their
who whom whose which what when where why how whoever whatever
and or but nor so yet if then than because although though while unless until since as
of for on in at by with from to into onto upon about above below over under after before during
through between among against without within along across around behind beyond near off out up down
is are was were be been being am has have had having do does did done will would shall should can could
may might must not no yes all any some each every both either neither none one two three four five six
seven eight nine ten first second third last next other another such same own more most less least
very also just only even still already again ever never always often sometimes now here there
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
today yesterday tomorrow tonight morning afternoon evening night week month year years
hundred hundreds thousand thousands million millions billion billions trillion spring summer autumn winter
mr mrs ms dr
`)

// commonWords are frequent words that start sentences or fill title-case
// headlines; a capitalised one at a sentence start is not taken as a name.
var commonWords = wordSet(`
according actually after afterwards again against ago ahead almost alone already although among analysts
announcement anyway apart around asked attack attacks authorities back bad before being best better big
both but can cannot chief closing come comes coming companies company conference continued could
country currently daily data despite details did different during earlier early either else elsewhere
end enough especially even events eventually every everyone everything exactly except experts
far few final finally following for forces foreign former forward four free fresh friday from full
further furthermore general given going good government great group half hard having head heavy
help her here high his home hopes however huge if immediately important in including indeed initial
instead international it its just key large last late later latest leading least less let like likely
little local long low main major many marked meanwhile meeting members men military minister more
moreover most much must national near nearly neither never new news next no nobody none nor not
nothing now of official officials often old on once one only open or other others our over overall
part people perhaps police political possible power president press previously prices prime private
public quarter rather recent recently record regional reports results right russian same says second
see seeing senior several shares she should short similar since six small so some someone something
soon south sources special state still strong such support sure take talks that the their them then
there therefore these they third this those though three thus time to today together top total
trade two under unlike until up upon us usually various very war was we well were what whatever when
whereas whether which while who whole why will with within without world would yes yet you young your
north east west northern southern eastern western central upper lower greater
above across advertisement all also although analysis and another any anything are around as at
available away because become before behind below beside besides between beyond breaking but by
click comment comments contact copyright day days did do does done down each editing edition editor
everybody few first follow for fourth full had has have he her hers him how i in into is it
loading login log more my new next no not note of off on only or our out page photo photos
please posted print read related report reported reporting reuters said say see share sign source
story subscribe than thanks that the then these they this those through to top update updated
video view watch we what when where which while who why with yesterday you
attendance halftime half-time aggregate scorers scorer result results standings extras bowling batting
fall net yellow red cards golf caps fax war total points played won lost drawn goals fixtures
match matches round semifinal semifinals quarterfinal quarterfinals final finals division pool
chapter digital maintenance repair overhaul tries names
revs revenue revenues turnover assets liabilities amount spot notes price broker rating sales
armed brokered confronted decrease efficient experts government intra latest many marked
opposition practical president’s presidential stressed transit troops weapons
`)

// roleWords head a title or role: "Foreign Minister", "special envoy".
var roleWords = wordSet(`
minister president envoy secretary chairman chairwoman chairperson director ambassador senator
representative governor general colonel lieutenant captain commander admiral sergeant marshal
brigadier judge justice king queen prince princess pope cardinal archbishop bishop reverend
father sheikh emir chancellor premier spokesman spokeswoman spokesperson commissioner coach mayor
leader chief head prosecutor attorney counsel economist analyst officer manager executive ceo
vice-president dean professor speaker delegate consul negotiator mediator adviser advisor aide
candidate nominee striker midfielder defender goalkeeper skipper rapporteur coordinator
director-general secretary-general ayatollah imam rabbi mullah patriarch chairman-elect
president-elect deputy vice treasurer founder owner partner editor correspondent reporter
journalist columnist producer actor actress singer writer author novelist poet artist
player champion batsman bowler rider driver boxer runner cyclist swimmer golfer
sen rep gov gen col lt sgt capt maj adm cmdr rev prof insp supt
`)

// titleModifiers qualify a role inside a title: "Deputy Foreign Minister".
var titleModifiers = wordSet(`
foreign prime deputy vice special presidential defence defense finance interior justice economy
economic trade energy health education agriculture culture former first executive chief acting
senior assistant general state federal grand supreme interim labour labor industry transport
environment information home security national regional provincial district associate managing
outgoing incoming then late current elected designate emeritus principal permanent joint
army navy air police military opposition party union team club head
`)

// honorifics directly precede a person's name.
var honorifics = wordSet(`mr mrs ms miss mister madam madame mme mlle dr sir dame lord lady herr frau
monsieur senor senora signor don sheikh`)

// orgHeads end organisation names: "Foreign Ministry", "Labour Party".
var orgHeads = wordSet(`
ministry council agency party university college institute institution school academy committee
commission department office bureau board authority association federation union league
organisation organization corporation corp corp. inc inc. ltd ltd. llc plc co co. company companies
group holdings bank fund foundation trust society church court tribunal parliament assembly congress
senate cabinet government administration force forces army navy guard police service services
airlines airline airways motors industries enterprises partners systems technologies communications
media news newsroom newsdesk desk daily treasury embassy consulate customs marines times post journal herald tribune telegraph gazette press network television tv radio
channel studios records club fc united rovers athletic wanderers city county hospital clinic centre
center museum library exchange market markets securities capital investments insurance bancorp
brothers bros. & cooperative workers automobile automotive aerospace energy oil
petroleum pharmaceuticals pharmaceutical electric electronics steel chemical chemicals foods software
computer computers semiconductor semiconductors telecom telecommunications mining resources logistics
shipping financial motor mutual courts aircraft store stores shop international management
holding partnership ventures air coalition alliance front movement brigade brigades battalion regiment
division command corps mission delegation secretariat directorate inspectorate ministry's group's
consortium conglomerate team squad orchestra ballet theatre theater festival institute
broadcasting aviation apparel restaurants textiles textile cement beverages brewery breweries brewing
hotels resorts casinos entertainment pictures publishing publications properties realty construction
engineering machinery instruments devices networks labs laboratories therapeutics biosciences
healthcare medical robotics plastics metals minerals refining freight trading bancshares savings
`)

// legalForms are the company forms written after a company's name:
// "Kekkila Oy", "Swebus AB", "Telenor ASA".
var legalForms = wordSet(`inc inc. corp corp. co co. ltd ltd. llc plc ag sa nv n.v. gmbh oy oyj ab as asa
spa s.p.a. bv b.v. bhd pty lp llp pte tbk kk sarl srl ltda cos cos. assn`)

// orgNounsBefore name a kind of organisation just before its name:
// "Dutch electronics maker Philips", "the daily Le Monde".
var orgNounsBefore = wordSet(`firm company maker manufacturer producer group conglomerate
concern carrier airline insurer reinsurer retailer brokerage bank lender newspaper daily weekly
magazine tabloid publisher broadcaster network club side team subsidiary unit miner refiner
distributor supplier operator developer builder chain`)

// orgNounsAfter name a kind of organisation just after its name:
// "Koha Jone newspaper", "Mentmore shares".
var orgNounsAfter = wordSet(`newspaper daily weekly magazine tabloid shares stock group shareholders`)

// possNames are the first words of company names written with a
// possessive: "Moody's", "Lloyd's", "McDonald's".
var possNames = wordSet(`moody lloyd mcdonald sotheby christie macy kellogg sainsbury wendy denny domino applebee hardee barron bloomingdale`)

// possJoin take a possessive inside a longer name: "People's Daily",
// "Queen's Park Rangers".
var possJoin = wordSet(`people queen king women children men`)

// placeNounsAfter name a kind of place just after its name: "Stansted
// airport", "the Salang tunnel".
var placeNounsAfter = wordSet(`airport airfield airbase stadium racecourse suburb suburbs district
province provinces region valley tunnel highway motorway pass enclave square street road bridge river
village town township island peninsula oilfield gasfield mountains canal camp border`)

// compassWords open place and team names: "North Melbourne", "West Ham".
var compassWords = wordSet(`north south east west northern southern eastern western`)

// stakeNouns come before "in" or "of" and a company: "a stake in Aaxis".
var stakeNouns = wordSet(`stake stakes shares holding holdings shareholders shareholder
stockholders subsidiary subsidiaries`)

// businessNouns follow a company's possessive: "Zenith's stock".
var businessNouns = wordSet(`shares stock stake stakes profit profits earnings revenue revenues
turnover shareholders subsidiary subsidiaries dividend`)

// otherNounsAfter follow the names of market indices and events, which
// are neither organisations nor places: "the DAX index", "Wimbledon
// champion".
var otherNounsAfter = wordSet(`index indices average champion champions runner-up finalist
semifinalist quarterfinalist`)

// kinNouns follow a person's possessive: "Smith's wife".
var kinNouns = wordSet(`wife husband son sons daughter daughters father mother brother brothers
sister sisters widow widower parents family uncle aunt nephew niece grandson granddaughter
girlfriend boyfriend fiancee fiance`)

// legislatures are a country's bodies named after its demonym: "Liberian
// Senate", "Russian Duma".
var legislatures = wordSet(`senate parliament duma cabinet`)

// orgStarts begin organisation names followed by "of": "University of X".
var orgStarts = wordSet(`university bank ministry department college institute academy council
league federation union association organisation organization office board commission committee
church house court`)

// placeHeads end place names: "Red River", "Tahrir Square".
var placeHeads = wordSet(`
river rivers mountains mountain mount hills hill island islands isles isle sea ocean lake lakes
valley bay gulf strait straits peninsula desert coast street avenue road boulevard square park
province region county district prefecture state territory territories oblast krai canton airport
port harbour harbor bridge canal beach plain plains plateau forest heights falls creek springs stadium arena
reef reefs
city town village borough`)

// placeStarts begin place names: "Lake Victoria", "Gulf of Aden".
var placeStarts = wordSet(`lake mount mt. gulf cape bay sea strait isle port fort san santa st. saint
north south east west northern southern eastern western upper lower new`)

// speechVerbs follow or precede a speaker.
var speechVerbs = wordSet(`said says say told added stated noted explained stressed asked wrote
announced declared insisted warned argued claimed confirmed denied replied urged acknowledged
admitted commented continued emphasised emphasized suggested recalled reported believes thinks
believed thought`)

// placePreps precede places: "in Geneva", "near Aleppo".
var placePreps = wordSet(`in near outside inside across throughout from via towards toward`)

// particles join parts of a person's name: "Staffan de Mistura".
var particles = wordSet(`de del della der den di da dos das du van von la le bin ibn ben al el abu
bint ter ten y zu`)

// connectors may join the words of an organisation or place name after a
// head word: "Bank of England", "Joint Task Force on Syria".
var connectors = wordSet(`of for on and & the`)

// firstNames are common given names; a capitalised pair starting with one
// is taken as a person.
var firstNames = wordSet(`
aaron abdul abdullah adam adrian ahmad ahmed alan albert alberto alejandro alex alexander alexandre
alexei alfred ali alice alistair andre andrea andreas andrei andrew andrzej angela angelo ann anna
anne anthony antoine antonio arnold arthur ashley barbara barry ben benjamin bernard bill billy bob
boris brad brian bruce bruno carl carlos caroline catherine charles charlotte chris christian
christina christine christopher claude claudia colin craig dan daniel danny david dennis derek diana
diego dmitry dmitri dominic don donald douglas dragan duncan edward elena elizabeth emma emmanuel eric
erik ernst eva evgeny fabio faisal felipe fernando francesco francis francisco frank franz fred
frederick gary george georg gerald gerhard giovanni giuseppe gordon graham greg gregory guido gustavo
hamid hans harold harry hassan heinz helen helmut henri henry hillary hugh hugo ian igor ivan jack
jacques james jan jane janet jason javier jean jeff jeffrey jennifer jeremy jerry jim jimmy joachim
joan joe johan johann john jonathan jorge jose josef joseph juan julia julian jurgen karl kate
kenneth kevin khalid klaus kurt larry laura lee leonid linda louis lucas luis marc marco marcus
margaret maria mario mark martin mary matt matthew max michael michel miguel mikhail mohamed
mohammad mohammed muhammad nancy nathan neil nicholas nick nicolas nikolai nina oleg oliver omar
oscar pablo patricia patrick paul pedro peter philip philippe phil pierre rafael ralph ramon raul
ray raymond richard rick robert roberto robin roger roman ronald rudolf ryan said salman sam samuel
sandra sara sarah scott sean sebastian serge sergei sergey simon stanislav stefan stephen steve steven
susan sven thomas tim timothy tom tony vaclav viktor viktoria vincent vitaly vladimir walter werner
william wolfgang xavier yasser yuri yves zoran alexey anatoly boris kamila staffan bashar recep
hassan hosni benjamin nelson kofi ban jacques helmut tony gerhard silvio angela emmanuel theresa
narendra shinzo xi hu jiang li wang zhang liu chen yang zhao kim park lee choi
eddie jon hal neal trevor felix carla elia benito rickey marcio nicklas sylvie gabriele yasushi andy tony terry gerry larry barry harry wayne dwayne shane mike jimmy bobby tommy
johnny ricky mickey stuart stewart keith nigel clive geoff graeme ross glenn darren dean brett
jeff todd chad kyle randy rodney curtis lance marvin melvin alvin calvin leroy luther otis
ernie frankie freddie jamie jessica jenny judith julie kathy katie kelly lisa lynn
marie martina monica natalie nicole pamela paula rachel rebecca rita rosa ruth sally sharon
shirley stephanie steffi sylvia tanya teresa tracy valerie vanessa yvonne
arantxa conchita gabriela iva jana lindsay mary-joe amanda anke barbara brenda dominique
fabrice gianluca giorgio luca marcello massimo paolo stefano alessandro carlo enrico franco
jacob jakob lars nils olaf sven tomas petr pavel jiri jaroslav karel milan miroslav
zbigniew jerzy krzysztof piotr tomasz wojciech dariusz marek slobodan goran dejan predrag
mehmet mustafa ahmet yusuf ibrahim ismail hussein hamad rashid saeed waqar wasim ijaz inzamam
aamir moin salim shoaib javed imran sachin rahul sourav anil sanath arjuna aravinda
hashan chaminda `)

// nonNames are capitalised tokens that are never names: zones, units and
// the abbreviations of sports tables.
var nonNames = wordSet(`gmt utc est edt cst cdt pst pdt bst cet cest msk ist jst rbi era pct avg pts
gb ip er bb so ab hr sb ob pa ko tko no nos pm am ad bc ceo cfo ok tv dvd cd pc gdp gnp cpi vat
eps ipo faq dm celsius fahrenheit kv mw kw kwh gw gwh mwh usd eur gbp jpy chf cny rmb rub inr aud cad sek nok dkk brl zar krw hkd sgd`)

// eventHeads end the names of events and competitions: "World Cup".
var eventHeads = wordSet(`cup open championship championships games olympics prix trophy series
tournament masters classic marathon rally derby grand-prix invitational plate shield slam
war league baseball football soccer hockey basketball conference summit expo
day convention prize award awards show stakes handicap treaty accord accords pact act tour`)

// groupAdjectives are adjectives and nouns of peoples, faiths and
// parties; alone they are not entities.
var groupAdjectives = wordSet(`moslem moslems muslim muslims jewish jew jews arab arabs christian
christians catholic catholics protestant protestants orthodox hindu hindus buddhist buddhists sikh sikhs
sunni sunnis shi'ite shi'ites shiite shiites basque basques tamil tamils hutu hutus tutsi tutsis kurd kurds
republican republicans democrat democrats communist communists socialist socialists conservative
conservatives liberal liberals marxist nazi nazis zionist islamist islamists western westerner
westerners latino latinos chechen chechens creole aboriginal bedouin gypsy roma slav slavs celtic nordic anglo
`)

// adjectiveLike reports whether a lone capitalised word reads as an
// adjective of a people or creed: "European", "Kurdish", "Islamic".
func adjectiveLike(low string) bool {
	if groupAdjectives[low] {
		return true
	}
	for _, suf := range []string{"ian", "ians", "ean", "eans", "ish", "ese", "ican", "icans"} {
		if strings.HasSuffix(low, suf) && len(low) > len(suf)+2 {
			return true
		}
	}
	if strings.HasSuffix(low, "ic") && len(low) > 4 {
		c := low[len(low)-3]
		return c != 'v' && c != 'c' && c != 'j'
	}
	return false
}

// sportsVerbs follow the name of a team in a result: "Surrey beat Essex".
var sportsVerbs = wordSet(`beat beats defeated defeats drew edged thrashed routed crushed trounced
overcame outscored downed blanked whipped hammered v vs vs.`)

// teamRoles name a player or official of a sports team: "Leeds striker
// Tony Yeboah", "Yorkshire captain David Byas".
var teamRoles = wordSet(`striker midfielder defender goalkeeper keeper fullback full-back winger
forward captain skipper coach manager batsman bowler all-rounder wicketkeeper wicket-keeper opener pitcher
reliever starter shortstop outfielder infielder catcher quarterback libero sweeper playmaker
centre-forward centre-back center lock flanker fly-half scrum-half prop hooker`)

// teamNouns follow a team's name: "the Surrey player", "Leeds fans".
var teamNouns = wordSet(`player players squad fans supporters teammates team-mates trio pair duo`)

// teamNounsBefore precede a team's name: "defending champions Porto".
var teamNounsBefore = wordSet(`champions rivals side club`)

// usStates are the abbreviations of US states written after a town and a
// comma: "Pontiac, Mich.".
var usStates = wordSet(`ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn
miss mo mont neb nev okla ore pa tenn tex vt va wash wis wisc wyo`)

// surnames are family names common enough to mark a lone word as a person.
var surnames = wordSet(`wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma
luo kim park choi jung kang cho yoon jang lim nguyen tran pham singh kumar patel sharma khan`)
