package entity

import (
	"strings"
	"testing"
)

// kindAt returns the kind of the mention starting at the n-th occurrence
// (from 0) of name in text, and whether it spans exactly name.
func kindAt(ents []Entity, text, name string, n int) (Kind, bool) {
	off := -1
	for k := 0; k <= n; k++ {
		x := strings.Index(text[off+1:], name)
		if x < 0 {
			return "", false
		}
		off += 1 + x
	}
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Start == off {
				k := e.Kind
				if m.Kind != "" {
					k = m.Kind
				}
				return k, m.End == off+len(name)
			}
		}
	}
	return "", false
}

// TestOrgRules checks the rules that tell organisations from places and
// people, each on sentences written for the test.
func TestOrgRules(t *testing.T) {
	tests := []struct {
		rule string
		text string
		name string
		n    int  // occurrence of name
		kind Kind // "" = no mention may start there
	}{
		// a name right after "at" in a fixture line is the venue
		{"venue", "Toronto 4 Boston 2\nBOSTON AT TORONTO\n", "TORONTO", 0, Location},
		{"venue", "Toronto 4 Boston 2\nBOSTON AT TORONTO\n", "BOSTON", 0, Organization},
		{"venue", "Toronto 4 Boston 2\nBOSTON AT TORONTO\n", "Toronto", 0, Organization},
		// a shouted place in a results line, "St" written without a stop
		{"shouted place", "San Diego 3 NEW YORK 2\nSt Louis is a city.\n", "NEW YORK", 0, Organization},
		{"st", "The St Louis council met on Monday.", "St Louis", 0, Location},
		// company forms after a name
		{"legal form", "Fertiliser maker Kekkila Oy said profits rose.", "Kekkila Oy", 0, Organization},
		{"legal form", "Bus operator Swebus AB cut fares.", "Swebus AB", 0, Organization},
		{"legal form", "Shares of Norsk Stal ASA fell.", "Norsk Stal ASA", 0, Organization},
		{"venue in", "Denver 5 Houston 1\nThe game in Houston was delayed.\n", "Houston", 1, Location},
		// a kind of organisation written before or after the name
		{"org noun", "Shares of shoe maker Brovka Tempel rose.", "Brovka Tempel", 0, Organization},
		{"org noun", "The daily Kurier Zorna said the talks failed.", "Kurier Zorna", 0, Organization},
		{"org noun", "Talks were reported by the Drava Vjesnik newspaper on Monday.", "Drava Vjesnik", 0, Organization},
		{"org noun", "Bidders pushed Halvex shares up.", "Halvex", 0, Organization},
		{"org noun", "The Kurdish group said it would talk.", "Kurdish", 0, Other},
		{"org noun", "Navy jets left the aircraft carrier Peter Holm on Monday.", "Peter Holm", 0, Person},
		// a place written before a player's role is a team
		{"team role", "Leeds striker Tony Yeboah scored twice before Leeds went home.", "Leeds", 1, Organization},
		{"team role", "Kent captain Mark Bale declared.", "Kent", 0, Organization},
		{"team role", "England captain Mark Bale declared.", "England", 0, Location},
		// company names holding a possessive
		{"possessive", "Analysts at Moody's said the bonds were cut.", "Moody's", 0, Organization},
		{"possessive", "Moody's Investors Service cut the bonds.", "Moody's Investors Service", 0, Organization},
		{"possessive", "Underwriters at Lloyd 's paid the claim.", "Lloyd 's", 0, Organization},
		{"possessive", "The People's Daily printed the speech.", "People's Daily", 0, Organization},
		{"possessive", "Canada's Jean Tremblay won the race.", "Jean Tremblay", 0, Person},
		// a cricket scorecard names bowlers and fielders
		{"scorecard", "Amit Rao c Hollis b Kearney 45\nDev Nair lbw b Kearney 3\n", "Kearney", 0, Person},
		{"scorecard", "Amit Rao c Hollis b Kearney 45\n", "Hollis", 0, Person},
		// a kind of place written after the name
		{"place noun", "The plane landed at Stansfield airport on Monday.", "Stansfield", 0, Location},
		{"place noun", "Rebels blocked the Karang tunnel again.", "Karang", 0, Location},
		{"place noun", "Lawyers for Zorvex say Zorvex states that it owns the mark.", "Zorvex", 1, Organization},
		// a two-word name in a results table is a team when it has a team's figures
		{"results", "Soccer results on Saturday:\nRoyal Hanford 2 ( Mills 15 , Ortiz 60 )\nDorwick Vale 3 1 1 1 5 4 4\n", "Royal Hanford", 0, Organization},
		{"results", "Soccer results on Saturday:\nRoyal Hanford 2 ( Mills 15 , Ortiz 60 )\nDorwick Vale 3 1 1 1 5 4 4\n", "Dorwick Vale", 0, Organization},
		{"results", "Batting averages:\nRavi Dutt 3 5 0 111 51 37.00\n", "Ravi Dutt", 0, Person},
		// a title opening a sentence still marks the name after it
		{"title start", "King Zorbal met the envoy.", "Zorbal", 0, Person},
		{"title start", "Prime Minister Vaskarin resigned on Monday.", "Vaskarin", 0, Person},
		{"title start", "General Motors said sales rose.", "General Motors", 0, Organization},
		// a given name alone names a person
		{"given name", "Her sister, Nancy, said the twins and Greg were safe.", "Nancy", 0, Person},
		{"given name", "Her sister, Nancy, said the twins and Greg were safe.", "Greg", 0, Person},
		// classes and ranges written in capitals are no names
		{"plural acronym", "Opposition MPs walked out of the chamber.", "MPs", 0, ""},
		{"month range", "The group said its January-June profit rose.", "January-June", 0, ""},
		{"unit", "Two 220 KV lines failed in the storm.", "KV", 0, ""},
		// a compass word opening a line belongs to the name after it
		{"compass", "Final standings:\nNorth Harrow 21 9 0 12 1 0 36\n", "North Harrow", 0, Organization},
		{"compass", "Northern Iraq has been calm.", "Iraq", 0, Location},
		// more ways of writing a team
		{"team noun", "The Dorset player hit two sixes. Dorset won easily.", "Dorset", 1, Organization},
		{"team noun", "Defending champions Oporto lost again.", "Oporto", 0, Organization},
		{"team noun", "The Lisbon side won 3-1.", "Lisbon", 0, Location},
		{"cricket score", "Close of play:\nSussex 128-4\n", "Sussex", 0, Organization},
		{"dateline", "LYON, France 2003-05-12\nLyon beat Nice 2-0.\n", "LYON", 0, Location},
		// a direction "of" a name makes it a place
		{"direction", "The village lies 30 km north of Vrbanj on the coast.", "Vrbanj", 0, Location},
		// a demonym before a ministry is apart from it
		{"ministry", "The Danish Foreign Ministry said talks would go on.", "Foreign Ministry", 0, Organization},
		{"ministry", "The British Broadcasting Corporation said so.", "British Broadcasting Corporation", 0, Organization},
		// capitals joined by "&"
		{"ampersand", "Analysts at S&P cut the rating.", "S&P", 0, Organization},
		{"ampersand", "Spending on R&D rose.", "R&D", 0, ""},
		// a given name before a place word or a place name is a person
		{"given name", "Anthony Hill scored twice.", "Anthony Hill", 0, Person},
		{"given name", "Hal Sutton shot a 68 on Friday.", "Hal Sutton", 0, Person},
		{"given name", "Tourists reached Marlo Falls on Monday.", "Marlo Falls", 0, Location},
		{"given name", "Troops left East Jerusalem on Monday.", "East Jerusalem", 0, Location},
		// a common word opening a company's name
		{"company start", "News Corp said profits rose.", "News Corp", 0, Organization},
		{"company start", "Analysts at First Albany Corp. agreed.", "First Albany Corp.", 0, Organization},
		{"company start", "First Union said it would sell the unit.", "First Union", 0, Organization},
		{"company start", "First, the team met in Rome.", "First", 0, ""},
		// a team named like an adjective in a results line
		{"adjective team", "Scottish results:\nCeltic 2 Hibernian 1\n", "Celtic", 0, Organization},
		// a city in brackets after a player is the player's club
		{"player club", "Scorers: Marc Dubois ( Lyon ), Jan Kowal ( Poland ).", "Lyon", 0, Organization},
		{"player club", "Scorers: Marc Dubois ( Lyon ), Jan Kowal ( Poland ).", "Poland", 0, Location},
		// "the X" before a lower-case word leaves the kind to other mentions
		{"modifier", "Officials signed the Vardo accord. Talks in Vardo resumed.", "Vardo", 0, Location},
		// a US state written short after a town
		{"us state", "The plant in Pontiac, Mich. will close.", "Mich.", 0, Location},
		{"us state", "The plant in Pontiac, Mich. will close.", "Pontiac", 0, Location},
		{"newsdesk", "Contact the Boston Newsdesk for details.", "Boston Newsdesk", 0, Organization},
		// business words around a name
		{"business", "Traders moved from Vantor to bonds as Vantor's stock fell.", "Vantor", 0, Organization},
		{"business", "Brokers from Ostrell said the group bought a stake in Ostrell.", "Ostrell", 1, Organization},
		// a results list names an entrant's team after the country
		{"entrant team", "Qualifying:\n1. Marco Tessi ( Italy ) Jordan 1:52.3\n", "Jordan", 0, Organization},
		{"entrant team", "Qualifying:\n1. Marco Tessi ( Italy ) Jordan 1:52.3\n", "Italy", 0, Location},
		// teams named after their home
		{"home team", "He joined Queens Park Rangers on Monday.", "Queens Park Rangers", 0, Organization},
		{"home team", "The Chicago White Sox won again.", "Chicago White Sox", 0, Organization},
		// indices and events are no organisations
		{"index", "The 30-share DAX index rose.", "DAX", 0, Other},
		{"index", "The Lagos Stock Exchange index fell.", "Lagos Stock Exchange", 0, Organization},
		{"event", "She beat the Wimbledon champion in Paris.", "Wimbledon", 0, Other},
		// a name after "at" is a venue unless people work there
		{"at venue", "Rain stopped play at Kelbury on Friday.", "Kelbury", 0, Location},
		{"at venue", "Rain stopped play at Kelbury on Friday, said an analyst at Varnex.", "Varnex", 0, Organization},
		{"at venue", "A blast at Dorvan's plant killed two.", "Dorvan", 0, Organization},
		// an age or a relative after a lone name marks a person
		{"person cue", "Police said Marchetti, 45, was held.", "Marchetti", 0, Person},
		{"person cue", "Reporters saw Dulbecco's wife leave.", "Dulbecco", 0, Person},
		// a pair opening with an ordinary word is no person
		{"common first", "Shares of Brush Wellman rose as brush sales grew.", "Brush Wellman", 0, Organization},
		{"common first", "Police said Van der Berg left the van.", "Van der Berg", 0, Person},
		{"cricket score", "Close of play:\nWestshire 81-7 .\nAggregate 2-2 .\n", "Westshire", 0, Organization},
		{"cricket score", "Close of play:\nWestshire 81-7 .\nAggregate 2-2 .\n", "Aggregate", 0, ""},
		{"possessive", "Chancellor Helmut Kohl's party lost.", "Helmut Kohl", 0, Person},
		// the labels of a financial table are no teams
		{"table label", "Six months to June 30\nRevs 41,752 35,711\nTurnover 756 829\n", "Revs", 0, ""},
		{"table label", "Six months to June 30\nRevs 41,752 35,711\nTurnover 756 829\n", "Turnover", 0, ""},
		{"team noun", "He will miss the Dorset pair of Tom Hale and Ian Budd.", "Dorset", 0, Organization},
		{"team role", "\"We played well,\" said Kent manager Dave Rowe.", "Kent", 0, Organization},
		{"team verb", "Wigan beat Bradford 42-36.", "Bradford", 0, Organization},
		{"team verb", "Jana Novak beat Eva Krol 6-2 6-3.", "Eva Krol", 0, Person},
		// a given name alone after the full name
		{"given of full", "World champion Jansher Khan won. Later, Jansher said he was tired.", "Jansher", 1, Person},
		{"given of full", "OM Gruppen opened an exchange, OM said.", "OM", 1, Organization},
		{"daily", "The talks were reported by China Daily on Monday.", "China Daily", 0, Organization},
		// an acronym of lower-case words is a common noun
		{"common acronym", "Cases of bovine spongiform encephalopathy ( BSE ) fell. BSE is rare.", "BSE", 0, ""},
		{"common acronym", "Cases of bovine spongiform encephalopathy ( BSE ) fell. BSE is rare.", "BSE", 1, ""},
		{"common acronym", "The International Atomic Energy Agency ( IAEA ) met.", "IAEA", 0, Organization},
		// an acronym in the gazetteer written as a word
		{"acronym word", "Tass said the talks went on.", "Tass", 0, Organization},
		{"event", "He won the third stage of the Tour of Flanders.", "Tour", 0, ""},
		{"event", "He leads the European Tour money list.", "European Tour", 0, Other},
		// a model number after a name makes a product
		{"product", "Sales of Windows 95 computers rose.", "Windows", 0, Other},
		{"product", "The town lies 30 miles from Dorbrek 56 miles east.", "Dorbrek", 0, Location},
		// a name holding a known place is no person, even before "said"
		{"holds place", "No one was hurt, Radio New Zealand said.", "Radio New Zealand", 0, Organization},
		{"holds place", "No one was hurt, Marta Kolar said.", "Marta Kolar", 0, Person},
		// industry words end company names
		{"industry", "Its Dornier Aviation unit won an order.", "Dornier Aviation", 0, Organization},
		{"industry", "Talks between ZTEC and Allied Medical ended.", "Allied Medical", 0, Organization},
		{"industry", "Talks between ZTEC and Allied Medical ended.", "ZTEC", 0, Organization},
		{"industry", "The Securities and Exchange Commission said so.", "Securities and Exchange Commission", 0, Organization},
		{"ministry", "The Brazilian Senate agreed to the plan.", "Senate", 0, Organization},
		{"ministry", "The Nepali Congress leads the coalition.", "Nepali Congress", 0, Organization},
		{"scorecard", "Bowling : Kearney 21-4-66-2 , Hollis 31.2-6-88-3\n", "Kearney", 0, Person},
		{"scorecard", "Bowling : Kearney 21-4-66-2 , Hollis 31.2-6-88-3\n", "Hollis", 0, Person},
		{"all", "He flew with All Nippon Airways to Osaka.", "All Nippon Airways", 0, Organization},
		{"all", "All Saints was closed. All roads were shut.", "All", 1, ""},
		// the place of a dateline in capitals
		{"dateline", "KELBURY , West Bank 2003-05-12\nPolice arrested two men.\n", "KELBURY", 0, Location},
		{"dateline", "KELBURY, West Bank (Reuters) - Police arrested two men on Monday, officials said.\n", "KELBURY", 0, Location},
		// "City" after a region names a place, after a city a team
		{"city", "The fight was held in Atlantic City in June.", "Atlantic City", 0, Location},
		{"city", "Leicester City beat Derby County on Saturday.", "Leicester City", 0, Organization},
		{"reef", "The well reached the Leduc Reef at 3,800 feet.", "Leduc Reef", 0, Location},
		{"at venue", "England meet Pakistan at Kelbury on Friday.", "Kelbury", 0, Location},
		// an acronym before a place names a club or a company
		{"acronym place", "Ajax lost to PSV Eindhoven on Sunday.", "PSV Eindhoven", 0, Organization},
		{"acronym place", "He heads AOL Germany now.", "AOL Germany", 0, Organization},
		{"scorecard", "Amit Rao c Cork b Kearney 45\n", "Cork", 0, Person},
	}
	for _, tt := range tests {
		ents := Find(tt.text)
		checkSpans(t, tt.text, ents)
		k, exact := kindAt(ents, tt.text, tt.name, tt.n)
		if tt.kind == "" {
			if k != "" {
				t.Errorf("%s: %q in %q: kind %s, want no mention", tt.rule, tt.name, tt.text, k)
			}
			continue
		}
		if k != tt.kind || !exact {
			t.Errorf("%s: %q in %q: kind %s (exact span %v), want %s", tt.rule, tt.name, tt.text, k, exact, tt.kind)
		}
	}
}
